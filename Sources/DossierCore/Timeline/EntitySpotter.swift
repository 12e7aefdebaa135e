/// Finds which entities a stretch of text names, by their canonical names and aliases
/// (`entities.yaml`), as whole words — so the assignment's OCR spellings, listed as aliases,
/// are found too. Event suggestions, the reader's entity page (the passages naming an entity)
/// and its "who is this" key all use it.
///
/// Names are compared folded (case, diacritics, quote and dash styles ignored), except short or
/// all-capital names ("US", "UN", "USSR"), which must match exactly: folded, "US" would be found
/// in every "us".
public struct EntitySpotter: Sendable {
    /// Where a text names an entity.
    public struct Occurrence: Hashable, Sendable {
        public var entityID: String
        /// Scalar offsets into the text searched.
        public var range: TextRange
    }

    private struct Name: Sendable {
        var entityIndex: Int
        var scalars: [Unicode.Scalar]
        var folded: Bool
    }

    private let entities: [Entity]
    private let names: [Name]

    public init(_ entities: [Entity]) {
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
        var firstSeen: [Int: Int] = [:]
        for match in matches(in: text) {
            firstSeen[match.entityIndex] = min(firstSeen[match.entityIndex] ?? .max, match.range.start)
        }
        return firstSeen.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { entities[$0.key].id }
    }

    /// Every place `text` names one of the entities, as whole words, in text order (a name
    /// inside a longer one, "Bhutto" in "Z.A. Bhutto", is reported for each).
    public func occurrences(in text: String) -> [Occurrence] {
        matches(in: text)
            .sorted { ($0.range.start, -$0.range.end) < ($1.range.start, -$1.range.end) }
            .map { Occurrence(entityID: entities[$0.entityIndex].id, range: $0.range) }
    }

    private func matches(in text: String) -> [(entityIndex: Int, range: TextRange)] {
        let original = Array(text.unicodeScalars)
        let folded = FoldedText(text)
        var result: [(entityIndex: Int, range: TextRange)] = []
        for name in names {
            let haystack = name.folded ? folded.scalars : original
            for start in ScalarSearch.occurrences(of: name.scalars, in: haystack) {
                let end = start + name.scalars.count
                guard Self.isBoundary(haystack, before: start), Self.isBoundary(haystack, at: end) else { continue }
                let range = name.folded ? TextRange(start: folded.origins[start], end: folded.origins[end - 1] + 1) : TextRange(start: start, end: end)
                result.append((name.entityIndex, range))
            }
        }
        return result
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
