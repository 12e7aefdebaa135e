/// A search query: words and `"quoted phrases"`; a block matches when it contains all of them,
/// as whole words (see ``SearchTerm``).
public struct SearchQuery: Hashable, Sendable {
    /// The terms as typed (phrases without their quotes).
    let terms: [String]
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
        // A term of punctuation alone matches no word and is dropped; a term given twice matches
        // the same places, so each is searched for once (a query repeating a word thousands of
        // times must not scan the text thousands of times).
        let matched = Self.uniqued(terms).compactMap { term in SearchTerm(term).map { (term, $0) } }
        guard !matched.isEmpty else { return nil }
        self.terms = matched.map(\.0)
        self.searchTerms = Self.uniqued(matched.map(\.1))
    }

    /// `items` without repeats, in the order of their first appearance.
    private static func uniqued<Item: Hashable>(_ items: [Item]) -> [Item] {
        var seen: Set<Item> = []
        return items.filter { seen.insert($0).inserted }
    }
}
