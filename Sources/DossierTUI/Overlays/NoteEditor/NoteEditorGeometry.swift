/// Where the note editor popup and its parts go for a screen size and a quoted
/// passage; shared by ``NoteEditorView`` (which draws there) and ``NoteEditorState``
/// (which scrolls the text to fit).
///
/// Inside the border, from the top: the quoted passage (as many rows as it wraps to,
/// at most ``maximumQuoteRows``), a rule, the text, and one row for the state of the
/// note or the discard question.
struct NoteEditorGeometry: Hashable, Sendable {
    /// The widest the popup gets.
    static let preferredWidth = 76
    /// Rows of text the popup aims to show.
    static let preferredTextRows = 10
    /// Rows for the quoted passage at most.
    static let maximumQuoteRows = 2

    /// The popup's outer rectangle.
    let frame: Rect
    /// The rows holding the quoted passage.
    let quoteArea: Rect
    /// The rule between the quote and the text (empty when there is no room).
    let rule: Rect
    /// The rows the text is edited in.
    let textArea: Rect
    /// The row under the text: the note's state, or "Discard changes? y/n".
    let statusRow: Rect

    /// The geometry on a screen of `screen` size for `quote`.
    init(screen: Size, quote: String) {
        let quoteRows = min(Self.maximumQuoteRows, max(1, Self.quoteLines(quote, width: PopupGeometry.bodyWidth(screen: screen, preferredWidth: Self.preferredWidth)).count))
        frame = PopupGeometry.frame(screen: screen, preferredWidth: Self.preferredWidth, contentHeight: quoteRows + 1 + Self.preferredTextRows + 1)
        let body = PopupGeometry.body(of: frame)
        quoteArea = Rect(x: body.x, y: body.y, width: body.width, height: min(quoteRows, max(0, body.height - 3)))
        rule = quoteArea.height > 0 ? Rect(x: body.x, y: quoteArea.maxY, width: body.width, height: 1) : Rect(x: body.x, y: body.y, width: 0, height: 0)
        let top = rule.height > 0 ? rule.maxY : body.y
        textArea = Rect(x: body.x, y: top, width: body.width, height: body.maxY - top - 1)
        statusRow = Rect(x: body.x, y: body.maxY - 1, width: body.width, height: body.height > 0 ? 1 : 0)
    }

    /// The quote as shown: in curly quotes, spaces collapsed, wrapped to `width`.
    static func quoteLines(_ quote: String, width: Int, style: Style = .plain) -> [WrappedLine] {
        let collapsed = quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return LineWrapper(width: max(1, width)).wrap([StyledRun("“" + collapsed + "”", style: style)])
    }
}
