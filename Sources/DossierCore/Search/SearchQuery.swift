/// A search query: words and `"quoted phrases"`; a block matches when it contains all of them.
public struct SearchQuery: Hashable, Sendable {
    /// The terms as typed (phrases without their quotes).
    public let terms: [String]
    /// The terms folded for matching.
    let foldedTerms: [[Unicode.Scalar]]

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
        // A term given twice matches the same places: each is searched for once (a query
        // repeating a word thousands of times must not scan the text thousands of times).
        let folded = Self.uniqued(terms.map(FoldedText.key).filter { !$0.isEmpty })
        guard !folded.isEmpty else { return nil }
        self.terms = Self.uniqued(terms)
        self.foldedTerms = folded
    }

    /// `items` without repeats, in the order of their first appearance.
    private static func uniqued<Item: Hashable>(_ items: [Item]) -> [Item] {
        var seen: Set<Item> = []
        return items.filter { seen.insert($0).inserted }
    }
}
