/// A block of an article: a heading, a paragraph, a list item or a quoted paragraph.
public struct Block: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case heading(level: Int)
        case paragraph
        /// A list item's (first or only) paragraph. `number` is set for ordered lists;
        /// `depth` is 0 for a top-level list. Further paragraphs of the same item are
        /// `.listContinuation`.
        case listItem(number: Int?, depth: Int)
        /// A later paragraph inside the same list item, indented under it.
        case listContinuation(depth: Int)
        case blockQuote(depth: Int)
        /// A paragraph of a footnote definition; `first` marks the definition's first paragraph.
        case footnote(label: String, first: Bool)
    }

    public var kind: Kind
    public var runs: [InlineRun]
    /// The block's text in the article's plain text (the `\n\n` after it excluded).
    public var range: TextRange
    /// The 1-based line of the article file the block starts on.
    var sourceLine: Int
    /// Index into `Document.sections` of the section that holds this block.
    public var sectionIndex: Int

    init(kind: Kind, runs: [InlineRun], range: TextRange, sourceLine: Int, sectionIndex: Int) {
        self.kind = kind
        self.runs = runs
        self.range = range
        self.sourceLine = sourceLine
        self.sectionIndex = sectionIndex
    }

    /// The block's plain text (footnote references contribute nothing).
    public var text: String { runs.map(\.text).joined() }

    public var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }

    var isFootnote: Bool {
        if case .footnote = kind { return true }
        return false
    }
}
