/// One column of the screen: a grapheme cluster, its display width and its style.
///
/// A wide cluster (width 2) occupies its own cell and the next one, which holds
/// ``continuation``; the terminal backend skips continuation cells.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown (always printable, see ``PrintableText``); empty
    /// for a continuation cell.
    public let symbol: String
    /// 1 or 2 for a cluster, 0 for a continuation cell.
    public let width: Int
    public var style: Style

    /// A space in `style`.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(uncheckedSymbol: " ", width: 1, style: style)
    }

    /// A space in the plain style.
    public static let blank = Cell.blank(.plain)

    /// The right half of a wide cluster.
    public static func continuation(_ style: Style) -> Cell {
        Cell(uncheckedSymbol: "", width: 0, style: style)
    }

    /// A cell for `character`, or `nil` if ``PrintableText`` drops it. Non-printable
    /// clusters become U+FFFD.
    public init?(_ character: Character, style: Style = .plain) {
        guard let cell = PrintableText.cell(for: character) else { return nil }
        self.init(uncheckedSymbol: String(cell.character), width: cell.width, style: style)
    }

    /// Whether this is the right half of a wide cluster.
    public var isContinuation: Bool { width == 0 }

    init(uncheckedSymbol: String, width: Int, style: Style) {
        self.symbol = uncheckedSymbol
        self.width = width
        self.style = style
    }
}
