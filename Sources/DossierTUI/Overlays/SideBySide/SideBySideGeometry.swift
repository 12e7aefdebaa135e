/// Where the two sides go: beside each other on a wide screen, one above the other below
/// ``stackBelowWidth`` columns (two articles under ~50 columns each read badly). Shared by
/// the view, the reducer that scrolls the sides and the mouse.
struct SideBySideGeometry: Hashable, Sendable {
    /// Narrower screens stack the sides.
    static let stackBelowWidth = 100

    var first: Rect
    var second: Rect
    /// The line between the sides.
    var separator: Rect
    var isStacked: Bool

    /// The sides on a screen of `size`, over everything but the status line.
    init(screen size: Size) {
        let area = Rect(size: size).inset(bottom: 1)
        isStacked = area.width < Self.stackBelowWidth
        if isStacked {
            let height = max(0, (area.height - 1) / 2)
            first = Rect(x: area.x, y: area.y, width: area.width, height: height)
            separator = Rect(x: area.x, y: area.y + height, width: area.width, height: min(1, area.height))
            second = Rect(x: area.x, y: area.y + height + 1, width: area.width, height: max(0, area.height - height - 1))
        } else {
            let width = max(0, (area.width - 1) / 2)
            first = Rect(x: area.x, y: area.y, width: width, height: area.height)
            separator = Rect(x: area.x + width, y: area.y, width: 1, height: area.height)
            second = Rect(x: area.x + width + 1, y: area.y, width: max(0, area.width - width - 1), height: area.height)
        }
    }

    func rect(_ choice: SideBySide.Choice) -> Rect {
        choice == .first ? first : second
    }

    /// Lines of text a side shows at once (below its title row).
    func height(_ choice: SideBySide.Choice) -> Int {
        max(1, PaneGeometry.body(of: rect(choice)).height)
    }

    /// The width a side's article is laid out at: the reading pane's rule for its width.
    func textWidth(_ choice: SideBySide.Choice) -> Int {
        PaneGeometry.readingTextWidth(paneWidth: rect(choice).width)
    }

    /// The side at a point of the screen, if any.
    func side(at point: Point) -> SideBySide.Choice? {
        if first.contains(x: point.x, y: point.y) { return .first }
        if second.contains(x: point.x, y: point.y) { return .second }
        return nil
    }
}
