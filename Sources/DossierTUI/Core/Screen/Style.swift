/// How a cell is drawn: foreground and background colour and attributes.
///
/// ```swift
/// let heading = Style(attributes: .bold)
/// let hit = Style(foreground: .black, background: .yellow)
/// ```
struct Style: Hashable, Sendable {
    var foreground: Color
    var background: Color
    var attributes: TextAttributes

    /// Creates a style; every part defaults to the terminal's own.
    init(foreground: Color = .terminalDefault, background: Color = .terminalDefault, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours, no attributes.
    static let plain = Style()

    /// This style with `other` laid over it: `other`'s colours where they are not the
    /// terminal default, and the union of attributes. Used to add a search-hit or
    /// selection highlight on top of emphasis.
    func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground == .terminalDefault ? foreground : other.foreground,
            background: other.background == .terminalDefault ? background : other.background,
            attributes: attributes.union(other.attributes)
        )
    }

    /// This style with `attributes` added.
    func adding(_ attributes: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(attributes)
        return copy
    }
}
