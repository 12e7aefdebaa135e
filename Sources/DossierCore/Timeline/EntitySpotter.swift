/// Finds which entities a stretch of text names, by their canonical names and aliases
/// (`entities.yaml`), as whole words.
///
/// Names are compared folded (case, diacritics, quote and dash styles ignored), except short or
/// all-capital names ("US", "UN", "USSR"), which must match exactly: folded, "US" would be found
/// in every "us".
struct EntitySpotter: Sendable {
    private struct Name: Sendable {
        var entityIndex: Int
        var scalars: [Unicode.Scalar]
        var folded: Bool
    }

    private let entities: [Entity]
    private let names: [Name]

    init(_ entities: [Entity]) {
        self.entities = entities
        var names: [Name] = []
        for (index, entity) in entities.enumerated() {
            for name in entity.allNames {
                let trimmed = name.trimmingSpaces
                guard trimmed.unicodeScalars.count >= 2 else { continue }
                let exact = trimmed.unicodeScalars.count <= 3 || trimmed == trimmed.uppercased()
                names.append(Name(entityIndex: index, scalars: exact ? Array(trimmed.unicodeScalars) : FoldedText.key(trimmed),
                                  folded: !exact))
            }
        }
        self.names = names
    }

    /// The ids of the entities `text` names, in the order of their first appearance.
    func entityIDs(in text: String) -> [String] {
        let original = Array(text.unicodeScalars)
        let folded = FoldedText(text)
        var firstSeen: [Int: Int] = [:]
        for name in names {
            let haystack = name.folded ? folded.scalars : original
            for start in ScalarSearch.occurrences(of: name.scalars, in: haystack) {
                let end = start + name.scalars.count
                guard Self.isBoundary(haystack, before: start), Self.isBoundary(haystack, at: end) else { continue }
                let offset = name.folded ? folded.origins[start] : start
                firstSeen[name.entityIndex] = min(firstSeen[name.entityIndex] ?? .max, offset)
                break
            }
        }
        return firstSeen.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { entities[$0.key].id }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || DateTokenizer.isDigit(scalar)
    }

    private static func isBoundary(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        start == 0 || !isWordScalar(scalars[start - 1])
    }

    private static func isBoundary(_ scalars: [Unicode.Scalar], at end: Int) -> Bool {
        end >= scalars.count || !isWordScalar(scalars[end])
    }
}
