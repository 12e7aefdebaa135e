/// The passages of the collection that name an entity, through its canonical name and aliases
/// (the OCR spellings included), for the reader's entity page.
///
/// A name inside a longer name (of another entity) is not counted: "Bhutto", an alias of
/// Zulfikar Ali Bhutto, does not make "Benazir Bhutto" a passage about him.
///
/// ```swift
/// let finder = EntityPassageFinder(entity: bhutto, among: timeline.entities)
/// finder.hits(in: document, article: "assignment")   // one hit per paragraph naming him
/// ```
public struct EntityPassageFinder: Sendable {
    public let entity: Entity
    /// The entity's names alone: a quick first pass over every block.
    private let own: EntitySpotter
    /// Every entity's names: to drop a name that is part of another entity's longer name.
    private let all: EntitySpotter

    public init(entity: Entity, among entities: [Entity]) {
        self.entity = entity
        own = EntitySpotter([entity])
        all = EntitySpotter(entities)
    }

    /// One hit per block (footnotes included, after the body) naming the entity, its matches
    /// in article offsets, in reading order.
    public func hits(in document: Document, article: String, contextWidth: Int = 60) -> [SearchHit] {
        document.blocks.enumerated().compactMap { index, block in
            let text = block.text
            guard !own.occurrences(in: text).isEmpty else { return nil }
            let found = all.occurrences(in: text)
            let matches = found.filter { occurrence in
                // Only the longest of nested names counts ("Z.A. Bhutto", not its "Bhutto" too).
                occurrence.entityID == entity.id && !found.contains { other in
                    other.range.start <= occurrence.range.start && occurrence.range.end <= other.range.end
                        && other.range.length > occurrence.range.length
                }
            }.map(\.range)
            guard let first = matches.first else { return nil }
            let section = document.sections[block.sectionIndex]
            let start = block.range.start
            return SearchHit(article: article, sectionID: section.id, sectionTitle: section.title, block: index,
                             matches: matches.map { TextRange(start: $0.start + start, end: $0.end + start) },
                             context: TextSearch.snippet(text, around: first, width: contextWidth))
        }
    }
}
