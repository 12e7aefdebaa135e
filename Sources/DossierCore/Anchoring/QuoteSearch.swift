/// Strict lookup of a quote typed by a user or a script (for example
/// `dossier notes add --quote … --prefix … --suffix …`): unlike
/// ``Anchor/resolve(_:in:options:)`` it never guesses.
public enum QuoteSearch {
    /// The outcome of ``find(_:in:)``.
    public enum Result: Hashable, Sendable {
        /// Exactly one passage matches.
        case unique(Range<Int>)
        /// No passage matches.
        case none
        /// Several passages match; their ranges (at most 20).
        case ambiguous([Range<Int>])
    }

    /// Finds the passages whose text is `quote.exact`, immediately preceded by
    /// `quote.prefix` (a suffix of the text before) and followed by `quote.suffix`
    /// (a prefix of the text after), when those are given.
    public static func find(_ quote: TextQuoteSelector, in text: AnchorText) -> Result {
        let exact = Anchor.scalars(quote.exact)
        let prefix = Anchor.scalars(quote.prefix)
        let suffix = Anchor.scalars(quote.suffix)
        guard !exact.isEmpty else { return .none }
        var found: [Range<Int>] = []
        for start in text.occurrences(of: exact, limit: .max) {
            let end = start + exact.count
            if !prefix.isEmpty, !text.matches(prefix, at: start - prefix.count) { continue }
            if !suffix.isEmpty, !text.matches(suffix, at: end) { continue }
            found.append(start..<end)
            if found.count >= 20 { break }
        }
        switch found.count {
        case 0: return .none
        case 1: return .unique(found[0])
        default: return .ambiguous(found)
        }
    }

    /// Convenience over a `String`.
    public static func find(_ quote: TextQuoteSelector, in plainText: String) -> Result {
        find(quote, in: AnchorText(plainText))
    }
}
