/// Where popups go: centred over the panes, never over the status line, a border
/// around a body. Shared by the popup views and the reducers that scroll them.
enum PopupGeometry {
    /// The popup's outer rectangle for a screen of `size`, as wide as `preferredWidth`
    /// and as tall as `contentHeight` rows of body allow.
    static func frame(screen size: Size, preferredWidth: Int = 78, contentHeight: Int) -> Rect {
        let available = Rect(size: size).inset(bottom: 1)
        let width = min(available.width - 2, preferredWidth)
        let height = min(available.height - 2, contentHeight + 2)
        return Rect(
            x: available.x + max(0, (available.width - width) / 2),
            y: available.y + max(0, (available.height - height) / 2),
            width: max(0, width),
            height: max(0, height)
        )
    }

    /// The popup's body: inside the border, with a column of padding on each side.
    static func body(of frame: Rect) -> Rect {
        frame.inset(top: 1, left: 2, bottom: 1, right: 2)
    }

    /// The body width of a popup as wide as `preferredWidth` allows on a screen of `size`
    /// (it does not depend on the height): the width popups lay their lines out at before
    /// they know how tall they are.
    static func bodyWidth(screen size: Size, preferredWidth: Int = 78) -> Int {
        body(of: frame(screen: size, preferredWidth: preferredWidth, contentHeight: size.height)).width
    }

    /// The body height of a list popup (as tall as the screen allows).
    static func listHeight(screen size: Size) -> Int {
        max(1, body(of: frame(screen: size, contentHeight: size.height)).height)
    }
}
