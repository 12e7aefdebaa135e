import Testing
@testable import DossierCore

/// The passages naming an entity (the reader's entity page): found through every alias,
/// OCR spellings included, as whole words, and never inside another entity's longer name.
@Suite struct EntityPassageFinderTests {
    static let collection = CollectionLoader.load(directory: TemporaryCollection.bundledContent).collection
    static let loaded = TimelineLoader.load(collection: collection)

    func hits(of entityID: String, in article: String) throws -> [SearchHit] {
        let timeline = Self.loaded.timeline
        let entity = try #require(timeline.entity(withID: entityID))
        let document = try #require(Self.loaded.documents[article])
        return EntityPassageFinder(entity: entity, among: timeline.entities).hits(in: document, article: article)
    }

    func matchedTexts(_ hits: [SearchHit], in article: String) throws -> [String] {
        let document = try #require(Self.loaded.documents[article])
        return hits.flatMap(\.matches).map { document.plainText.text(in: $0) }
    }

    @Test func findsTheOCRSpellingsThroughTheAliases() throws {
        let hits = try hits(of: "zulfikar-ali-bhutto", in: "hussain")
        let names = try matchedTexts(hits, in: "hussain")
        // "Z.A. Bhutto" is reported once, not again as its "Bhutto".
        #expect(names.sorted() == ["Bhutto", "Bhutto", "Z.A. Bhutto", "Z.A.Bhutto", "Z.A.Bhutto"])
        #expect(hits.allSatisfy { $0.article == "hussain" && !$0.context.isEmpty })
    }

    @Test func anotherEntitysLongerNameIsNotAPassage() throws {
        // assignment names only Benazir Bhutto: her "Bhutto" is not Zulfikar Ali Bhutto's alias.
        #expect(try hits(of: "zulfikar-ali-bhutto", in: "assignment").isEmpty)
        let benazir = try hits(of: "benazir-bhutto", in: "assignment")
        #expect(try matchedTexts(benazir, in: "assignment") == ["Benazir Bhutto"])
    }

    @Test func occurrencesAreWholeWordsInTextOrder() {
        let spotter = EntitySpotter([
            Entity(id: "ussr", name: "Soviet Union", kind: .state, aliases: ["USSR"]),
            Entity(id: "pakistan-steel-mills", name: "Pakistan Steel Mills", kind: .project, aliases: ["steel mill"]),
        ])
        let text = "The USSR built the steel mill; ussr steel millers and the Pakistan Steel Mills."
        let found = spotter.occurrences(in: text)
        #expect(found.map(\.entityID) == ["ussr", "pakistan-steel-mills", "pakistan-steel-mills"])
        #expect(found.map(\.range.start) == [4, 19, 58])
        #expect(spotter.entityIDs(in: text) == ["ussr", "pakistan-steel-mills"])
    }
}
