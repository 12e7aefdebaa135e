/// A search query: words and `"quoted phrases"`; a block matches when it contains all of them,
/// as whole words (see ``SearchTerm``).
public struct SearchQuery: Hashable, Sendable {
    /// The terms as typed (phrases without their quotes).
    public let terms: [String]
    /// The terms as matched, one per entry of `terms`.
    public let searchTerms: [SearchTerm]

    /// Nil when the query holds no term.
    public init?(_ text: String) {
        var terms: [String] = []
        var current = ""
        var inPhrase = false
        for character in text {
            if character == "\"" || character == "“" || character == "”" {
                if !current.trimmingSpaces.isEmpty { terms.append(current.trimmingSpaces) }
                current = ""
                inPhrase.toggle()
            } else if character.isWhitespace && !inPhrase {
                if !current.isEmpty { terms.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.trimmingSpaces.isEmpty { terms.append(current.trimmingSpaces) }
        // A term of punctuation alone matches no word and is dropped.
        let matched = terms.compactMap { term in SearchTerm(term).map { (term, $0) } }
        guard !matched.isEmpty else { return nil }
        self.terms = matched.map(\.0)
        self.searchTerms = matched.map(\.1)
    }
}
