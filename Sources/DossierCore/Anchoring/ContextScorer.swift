/// Rates how well the text around a candidate passage agrees with the prefix and
/// suffix stored in a ``TextQuoteSelector``.
struct ContextScorer {
    let text: AnchorText
    let prefix: [UInt32]
    let suffix: [UInt32]

    /// Mean of prefix and suffix similarity for a candidate at `range`, in `0...1`.
    func score(_ range: Range<Int>) -> Double {
        (prefixSimilarity(range.lowerBound) + suffixSimilarity(range.upperBound)) / 2
    }

    /// Similarity of the stored prefix to the text ending at `start`. An empty
    /// stored prefix means the passage opened the text: full agreement at the
    /// start, neutral elsewhere.
    func prefixSimilarity(_ start: Int) -> Double {
        guard !prefix.isEmpty else { return start == 0 ? 1 : 0.5 }
        let actual = text.scalars[max(0, start - prefix.count)..<start]
        return EditDistance.similarity(prefix[...], actual)
    }

    /// Similarity of the stored suffix to the text starting at `end`. An empty
    /// stored suffix means the passage closed the text.
    func suffixSimilarity(_ end: Int) -> Double {
        guard !suffix.isEmpty else { return end == text.count ? 1 : 0.5 }
        let actual = text.scalars[end..<min(text.count, end + suffix.count)]
        return EditDistance.similarity(suffix[...], actual)
    }
}
