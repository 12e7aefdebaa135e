/// One article's telling of an event: a quote that anchors the passage, resolved to a range
/// of the article's plain text when the timeline is loaded.
public struct Mention: Hashable, Sendable {
    /// The article id.
    public var article: String
    /// Exact text of the article's plain text (Content/README.md, "Quotes").
    public var quote: String
    /// The date as the article gives it ("1st May 1948"), when given.
    public var dateAsTold: String?
    /// Which occurrence of the quote is meant (1-based), when the quote occurs more than once.
    var occurrence: Int?
    /// Where `quote` is in `events.yaml`.
    public var position: SourcePosition

    /// The quote's range in the article's plain text; nil until resolved (or when it does not resolve).
    public var range: TextRange?
    /// Index into the article's `Document.blocks` of the block holding the quote, once resolved.
    public var blockIndex: Int?
    /// The length of that block in Unicode scalars, once resolved (long passages relate events less).
    var passageLength: Int?
    /// The id and title of the section holding the quote, once resolved.
    public var sectionID: String?
    public var sectionTitle: String?

    init(article: String, quote: String, dateAsTold: String? = nil, occurrence: Int? = nil,
                position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.article = article
        self.quote = quote
        self.dateAsTold = dateAsTold
        self.occurrence = occurrence
        self.position = position
    }

    var isResolved: Bool { range != nil }
}
