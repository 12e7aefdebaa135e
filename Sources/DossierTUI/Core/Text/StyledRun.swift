/// Where the text of a ``StyledRun`` comes from in the article's plain text, so that
/// screen positions map back to offsets (reading position, search hits, selections,
/// note anchors). Offsets are Unicode scalar offsets, as in the Content format.
enum RunSource: Hashable, Sendable {
    /// Decoration that is not part of the plain text (a list number, a quote bar).
    case none
    /// The run's text is the plain text from scalar offset `start` on, scalar for scalar.
    case text(start: Int)
    /// The run stands, as one unbreakable piece, for this range (a footnote marker shown
    /// as `[1]` at a zero-width position has an empty range).
    case atom(Range<Int>)
}

/// Something a run leads to when it is activated (Enter or a click).
enum RunAttachment: Hashable, Sendable {
    /// A footnote reference, by label.
    case footnote(label: String)
    /// A link target.
    case link(url: String)
}

/// A piece of inline text with one style: the input of ``LineWrapper``.
///
/// ```swift
/// let runs = [
///     StyledRun("The ", source: .text(start: 0)),
///     StyledRun("Tashkent Declaration", style: Style(attributes: .italic), source: .text(start: 4)),
///     StyledRun("[1]", style: Style(attributes: .dim), source: .atom(24..<24), attachment: .footnote(label: "1")),
/// ]
/// ```
struct StyledRun: Hashable, Sendable {
    var text: String
    var style: Style
    var source: RunSource
    var attachment: RunAttachment?

    init(_ text: String, style: Style = .plain, source: RunSource = .none, attachment: RunAttachment? = nil) {
        self.text = text
        self.style = style
        self.source = source
        self.attachment = attachment
    }
}
