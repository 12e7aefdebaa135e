/// The outcome of looking for an annotation's passage in a (possibly edited) plain
/// text. Ranges are half-open Unicode-scalar offsets.
public enum AnchorResolution: Hashable, Sendable {
    /// The stored position still holds the quoted text (and its context agrees, or
    /// the quote occurs nowhere else).
    case exact(Range<Int>)
    /// The quoted text was found unchanged at another place, identified by its
    /// context or by being the only occurrence.
    case reanchored(Range<Int>)
    /// Only an approximate match was found: the passage was edited. `score` in
    /// `0...1` rates how well quote and context agree; always show such anchors as
    /// flagged so that the reader can confirm or re-attach them.
    case approximate(Range<Int>, score: Double)
    /// No passage can be trusted: the quote is gone, or several passages fit equally
    /// well. The annotation must be kept and listed, never attached elsewhere.
    case orphaned(OrphanReason)

    /// The range the annotation should be shown on, if any.
    public var range: Range<Int>? {
        switch self {
        case .exact(let r), .reanchored(let r), .approximate(let r, _): return r
        case .orphaned: return nil
        }
    }

    /// Whether a reader should be told that the anchor moved or is uncertain.
    var needsAttention: Bool {
        switch self {
        case .exact, .reanchored: return false
        case .approximate, .orphaned: return true
        }
    }
}

/// Why an anchor could not be attached.
public enum OrphanReason: Hashable, Sendable {
    /// The selectors hold no quote to look for.
    case emptyQuote
    /// Neither the quote nor anything close enough to it was found.
    case notFound
    /// Several passages match and their context does not decide between them.
    case ambiguous(candidates: Int)
}
