/// Anchoring of annotations to passages of an article's plain text, with W3C
/// Web Annotation selectors, robust to edits of the text.
///
/// Resolution order (``resolve(_:in:options:)``):
/// 1. the stored position still holds the quote, and no other occurrence has
///    better context → ``AnchorResolution/exact(_:)``;
/// 2. the quote occurs elsewhere, and its context (or its being the only
///    occurrence of a long enough quote) decides where → ``AnchorResolution/reanchored(_:)``;
/// 3. a bounded edit-distance search finds a close passage whose context agrees
///    → ``AnchorResolution/approximate(_:score:)``, to be flagged;
/// 4. otherwise, or whenever candidates cannot be told apart →
///    ``AnchorResolution/orphaned(_:)``.
///
/// All offsets are Unicode-scalar offsets, half-open.
public enum Anchor {
    /// Default number of context scalars kept on each side of a quote.
    public static let contextLength = 32

    // MARK: Building selectors

    /// Builds the selectors for `range` of `plainText`: the quoted passage, up to
    /// `contextLength` scalars of prefix and suffix, and the position.
    ///
    /// Returns `nil` when `range` is empty or not inside the text.
    public static func selectors(
        for range: Range<Int>, in plainText: String, contextLength: Int = Anchor.contextLength
    ) -> AnchorSelectors? {
        selectors(for: range, in: AnchorText(plainText), contextLength: contextLength)
    }

    /// Builds selectors over an already decoded text; see ``selectors(for:in:contextLength:)-(_,String,_)``.
    public static func selectors(
        for range: Range<Int>, in text: AnchorText, contextLength: Int = Anchor.contextLength
    ) -> AnchorSelectors? {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= text.count else { return nil }
        let quote = TextQuoteSelector(
            exact: text.string(range),
            prefix: text.string(max(0, range.lowerBound - contextLength)..<range.lowerBound),
            suffix: text.string(range.upperBound..<min(text.count, range.upperBound + contextLength)))
        return AnchorSelectors(quote: quote, position: TextPositionSelector(range))
    }

    // MARK: Resolving

    /// Finds where `selectors` point to in `plainText`, which may have been edited
    /// since the selectors were made.
    public static func resolve(
        _ selectors: AnchorSelectors, in plainText: String, options: AnchorOptions = AnchorOptions()
    ) -> AnchorResolution {
        resolve(selectors, in: AnchorText(plainText), options: options)
    }

    /// Resolves over an already decoded text (decode once per article when
    /// resolving many annotations).
    public static func resolve(
        _ selectors: AnchorSelectors, in text: AnchorText, options: AnchorOptions = AnchorOptions()
    ) -> AnchorResolution {
        let quote = scalars(selectors.quote.exact)
        guard !quote.isEmpty else { return .orphaned(.emptyQuote) }
        let context = ContextScorer(
            text: text, prefix: scalars(selectors.quote.prefix), suffix: scalars(selectors.quote.suffix))
        let stored = selectors.position?.range

        let starts = text.occurrences(of: quote, limit: options.maxOccurrences)
        if !starts.isEmpty {
            return resolveExact(
                starts: starts, length: quote.count, stored: stored, context: context, options: options)
        }
        return resolveApproximate(quote: quote, text: text, context: context, options: options)
    }

    /// Step 1 and 2: the quote occurs verbatim at `starts`.
    private static func resolveExact(
        starts: [Int], length: Int, stored: Range<Int>?, context: ContextScorer, options: AnchorOptions
    ) -> AnchorResolution {
        let scored = starts.map { start -> (range: Range<Int>, context: Double) in
            let range = start..<(start + length)
            return (range, context.score(range))
        }
        func outcome(_ range: Range<Int>) -> AnchorResolution {
            range == stored ? .exact(range) : .reanchored(range)
        }

        if scored.count == 1 {
            let only = scored[0]
            if only.range == stored || only.context >= options.minimumContext
                || length >= options.uniqueQuoteLength {
                return outcome(only.range)
            }
            if length >= options.flaggedUniqueQuoteLength {
                return .approximate(only.range, score: combinedScore(quote: 1, context: only.context))
            }
            return .orphaned(.notFound)
        }

        let ranked = scored.sorted { $0.context > $1.context }
        let best = ranked[0], runnerUp = ranked[1]
        // The stored position decides between candidates whose context ties.
        if let stored, let atStored = scored.first(where: { $0.range == stored }),
           atStored.context >= options.minimumContext, atStored.context >= best.context - 1e-9 {
            return .exact(stored)
        }
        if best.context >= options.minimumContext, best.context - runnerUp.context >= options.decisiveMargin {
            return outcome(best.range)
        }
        return .orphaned(.ambiguous(candidates: scored.count))
    }

    /// Step 3: the quote no longer occurs verbatim; look for an edited version.
    private static func resolveApproximate(
        quote: [UInt32], text: AnchorText, context: ContextScorer, options: AnchorOptions
    ) -> AnchorResolution {
        guard quote.count <= options.maxApproximateQuoteLength else { return .orphaned(.notFound) }
        let maxErrors = Int(Double(quote.count) * options.maxErrorRatio)
        guard maxErrors > 0 else { return .orphaned(.notFound) }
        let matches = ApproximateMatcher(pattern: quote).matches(
            in: text.scalars, maxErrors: maxErrors, limit: options.maxApproximateCandidates)
        let scored = matches.map { match -> (range: Range<Int>, context: Double, score: Double) in
            let quoteSimilarity = 1 - Double(match.errors) / Double(quote.count)
            let contextScore = context.score(match.range)
            return (match.range, contextScore, combinedScore(quote: quoteSimilarity, context: contextScore))
        }
        let acceptable = scored
            .filter { $0.context >= options.minimumContext && $0.score >= options.minimumApproximateScore }
            .sorted { $0.score > $1.score }
        guard let best = acceptable.first else { return .orphaned(.notFound) }
        // Any other distinct candidate (acceptable or not) scoring close to the best
        // makes the choice a guess.
        let rivals = scored.filter { !$0.range.overlaps(best.range) }
        if let rival = rivals.max(by: { $0.score < $1.score }),
           best.score - rival.score < options.decisiveMargin / 2 {
            return .orphaned(.ambiguous(candidates: rivals.count + 1))
        }
        return .approximate(best.range, score: best.score)
    }

    /// Combines quote similarity and context agreement (both `0...1`) into a score
    /// in `0...1`; the quote weighs more than its context.
    static func combinedScore(quote: Double, context: Double) -> Double {
        (50 * quote + 40 * context) / 90
    }

    static func scalars(_ string: String) -> [UInt32] {
        string.unicodeScalars.map(\.value)
    }
}
