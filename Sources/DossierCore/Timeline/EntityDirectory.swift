/// Finds entities by id, canonical name or alias, ignoring case, diacritics and spacing
/// ("zulfiqar ali bhutto", "Z.A. Bhutto", "ZULFIKAR ALI BHUTTO" and an OCR garble the seed spells
/// all find their entity). A name two entities share is reported as ambiguous, not guessed.
public struct EntityDirectory: Sendable {
    /// The answer to a lookup.
    public enum Lookup: Hashable, Sendable {
        case found(Entity)
        /// The name belongs to more than one entity.
        case ambiguous([Entity])
        /// Nothing has that name; the closest names' entities, best first.
        case notFound(suggestions: [Entity])

        public var entity: Entity? {
            if case .found(let entity) = self { return entity }
            return nil
        }
    }

    public let entities: [Entity]
    private let indexByID: [String: Int]
    /// Folded name → indices of the entities with that name or alias.
    private let indicesByName: [String: [Int]]
    /// Folded name with only its letters and digits ("za bhutto" → "zabhutto") → entity indices.
    private let indicesByCompactName: [String: [Int]]

    init(_ entities: [Entity]) {
        self.entities = entities
        var byID: [String: Int] = [:]
        var byName: [String: [Int]] = [:]
        var byCompact: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() {
            if byID[entity.id] == nil { byID[entity.id] = index }
            for name in entity.allNames {
                let key = Self.key(name)
                if !(byName[key]?.contains(index) ?? false) { byName[key, default: []].append(index) }
                let compact = Self.compactKey(name)
                if !compact.isEmpty, !(byCompact[compact]?.contains(index) ?? false) { byCompact[compact, default: []].append(index) }
            }
        }
        indexByID = byID
        indicesByName = byName
        indicesByCompactName = byCompact
    }

    /// The lookup key of a name: folded (case, diacritics, quote and dash styles), spaces collapsed.
    public static func key(_ name: String) -> String {
        FoldedText.string(name).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The key with only letters and digits, so that "Z.A. Bhutto" and "ZA Bhutto" meet.
    static func compactKey(_ name: String) -> String {
        String(String.UnicodeScalarView(FoldedText.key(name).filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    public func entity(withID id: String) -> Entity? { indexByID[id].map { entities[$0] } }

    /// Looks `name` up: an id first, then a name or alias, then the same with punctuation and spaces ignored.
    func lookup(_ name: String) -> Lookup {
        let trimmed = name.trimmingSpaces
        if let index = indexByID[trimmed] { return .found(entities[index]) }
        for indices in [indicesByName[Self.key(trimmed)], indicesByCompactName[Self.compactKey(trimmed)]] {
            guard let indices, !indices.isEmpty else { continue }
            return indices.count == 1 ? .found(entities[indices[0]]) : .ambiguous(indices.map { entities[$0] })
        }
        return .notFound(suggestions: suggestions(for: trimmed))
    }

    /// Entities with a name close to `name`, best first.
    func suggestions(for name: String, limit: Int = 5) -> [Entity] {
        var owners: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() {
            for candidate in entity.allNames + [entity.id] { owners[candidate, default: []].append(index) }
        }
        var result: [Entity] = []
        var seen: Set<Int> = []
        for candidate in CloseMatches.best(for: name, among: Array(owners.keys), limit: limit * 3) {
            for index in owners[candidate] ?? [] where seen.insert(index).inserted { result.append(entities[index]) }
        }
        return Array(result.prefix(limit))
    }

    /// Every name (canonical or alias) that more than one entity answers to, with those entities' ids.
    var ambiguousNames: [(name: String, entities: [String])] {
        indicesByName.filter { $0.value.count > 1 }
            .map { (name: $0.key, entities: $0.value.map { entities[$0].id }) }
            .sorted { $0.name < $1.name }
    }
}
