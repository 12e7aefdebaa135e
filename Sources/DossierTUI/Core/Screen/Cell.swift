/// One column of the screen: a grapheme cluster, its display width and its style.
///
/// A wide cluster (width 2) occupies its own cell and the next one, which holds
/// ``continuation``; the terminal backend skips continuation cells.
struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown (always printable, see ``PrintableText``); empty
    /// for a continuation cell.
    let symbol: String
    /// 1 or 2 for a cluster, 0 for a continuation cell.
    let width: Int
    var style: Style

    /// A space in `style`.
    static func blank(_ style: Style = .plain) -> Cell {
        Cell(uncheckedSymbol: " ", width: 1, style: style)
    }

    /// A space in the plain style.
    static let blank = Cell.blank(.plain)

    /// The right half of a wide cluster.
    static func continuation(_ style: Style) -> Cell {
        Cell(uncheckedSymbol: "", width: 0, style: style)
    }

    /// A cell for `character`, or `nil` if ``PrintableText`` drops it. Non-printable
    /// clusters become U+FFFD.
    init?(_ character: Character, style: Style = .plain) {
        guard let cell = PrintableText.cell(for: character) else { return nil }
        self.init(uncheckedSymbol: String(cell.character), width: cell.width, style: style)
    }

    /// Whether this is the right half of a wide cluster.
    var isContinuation: Bool { width == 0 }

    init(uncheckedSymbol: String, width: Int, style: Style) {
        self.symbol = uncheckedSymbol
        self.width = width
        self.style = style
    }
}
