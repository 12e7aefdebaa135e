/// Everything an annotation stores to find its passage: a quote with context and,
/// when known, the position it had when it was last anchored.
///
/// The quote is authoritative (it is what the reader selected); the position is a
/// hint that makes the common case — nothing changed — instant and tells apart
/// identical passages when the text has not moved.
public struct AnchorSelectors: Hashable, Sendable, Codable {
    /// The passage and its context.
    public var quote: TextQuoteSelector
    /// Where the passage was, if known.
    public var position: TextPositionSelector?

    /// Creates a selector pair.
    public init(quote: TextQuoteSelector, position: TextPositionSelector? = nil) {
        self.quote = quote
        self.position = position
    }
}
