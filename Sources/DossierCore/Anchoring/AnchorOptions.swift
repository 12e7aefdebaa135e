/// Tuning of ``Anchor/resolve(_:in:options:)``: how much work to do and how much
/// evidence is required before an anchor is attached to a passage.
///
/// The defaults favour orphaning over guessing: a note attached to the wrong
/// passage is worse than a note that asks to be re-attached.
public struct AnchorOptions: Hashable, Sendable {
    /// Unicode scalars of context kept on each side by ``Anchor/selectors(for:in:contextLength:)``.
    public var contextLength = Anchor.contextLength
    /// At most this many exact occurrences of a quote are examined.
    var maxOccurrences = 1_000
    /// Quotes longer than this (in scalars) are not searched approximately.
    var maxApproximateQuoteLength = 4_096
    /// The edit-distance bound of the approximate search, relative to the quote length.
    var maxErrorRatio = 0.25
    /// At most this many approximate candidates are scored.
    var maxApproximateCandidates = 32
    /// Context agreement (`0...1`, mean of prefix and suffix similarity) needed to
    /// pick one of several exact occurrences, or to accept an approximate match.
    var minimumContext = 0.5
    /// How far ahead of the runner-up the chosen candidate must be; closer than
    /// this, the anchor is ambiguous and orphaned.
    var decisiveMargin = 0.15
    /// The lowest combined score for which an approximate match is accepted.
    var minimumApproximateScore = 0.6
    /// A quote at least this long that occurs exactly once is re-anchored even
    /// when its context changed (a long unique quote is evidence enough).
    var uniqueQuoteLength = 32
    /// A quote at least this long that occurs exactly once, with changed context,
    /// is attached as approximate (flagged); shorter ones are orphaned.
    var flaggedUniqueQuoteLength = 12

    /// The default options.
    public init() {}
}
