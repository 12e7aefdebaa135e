import Foundation
import Testing
@testable import DossierCore

/// The JSON shapes of `timeline`, `event` and `entity` (--json): stable snake_case keys, all present.
@Suite struct TimelineJSONTests {
    func object(_ value: some Encodable) throws -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func keys(_ value: Any?) -> Set<String> { Set((value as? [String: Any])?.keys.map { $0 } ?? []) }

    static let dateKeys: Set<String> = ["value", "display", "precision", "approximate", "is_range"]
    static let summaryKeys: Set<String> = ["id", "title", "date", "era", "articles", "entities", "tags", "conflict", "conflict_count"]

    var loaded: (DossierCollection, Timeline) {
        let collection = CollectionLoader.load(directory: TemporaryCollection.bundledContent).collection
        return (collection, TimelineLoader.load(collection: collection).timeline)
    }

    @Test func timelineListing() throws {
        let (_, timeline) = loaded
        let events = Array(timeline.events.prefix(30))
        let json = try object(TimelineJSON.Listing(events: events, in: timeline))
        #expect(keys(json) == ["eras", "events", "count"])
        #expect(json["count"] as? Int == 30)
        let first = try #require((json["events"] as? [[String: Any]])?.first)
        #expect(keys(first) == Self.summaryKeys)
        #expect(keys(first["date"]) == Self.dateKeys)
        let era = try #require((json["eras"] as? [[String: Any]])?.first)
        #expect(keys(era) == ["id", "title", "date", "named_by"])
    }

    @Test func eventDetail() throws {
        let (collection, timeline) = loaded
        let event = try #require(timeline.event(withID: "u2-incident-1960"))
        let titles = Dictionary(uniqueKeysWithValues: collection.articles.map { ($0.id, $0.metadata.title) })
        let json = try object(TimelineJSON.EventDetail(event, in: timeline, articleTitles: titles))
        #expect(keys(json) == ["id", "title", "summary", "date", "era", "entities", "tags", "tellings", "conflicts", "related",
                               "previous", "next"])
        #expect(json["id"] as? String == "u2-incident-1960")
        #expect(keys(json["date"]) == Self.dateKeys)
        #expect((json["date"] as? [String: Any])?["value"] as? String == "1960-05")
        let telling = try #require((json["tellings"] as? [[String: Any]])?.first)
        #expect(keys(telling) == ["article", "article_title", "section_id", "section_title", "quote", "date_as_told", "range"])
        #expect(keys(telling["range"]) == ["start", "end"])
        let conflict = try #require((json["conflicts"] as? [[String: Any]])?.first)
        #expect(keys(conflict) == ["about", "note", "tellings"])
        #expect(keys((conflict["tellings"] as? [Any])?.first) == ["article", "says"])
        let related = try #require((json["related"] as? [[String: Any]])?.first)
        #expect(keys(related) == ["id", "title", "date", "kind", "score", "reasons", "shared_entities"])
        #expect(keys(json["previous"]) == ["id", "title", "date"])
        #expect(keys((json["entities"] as? [Any])?.first) == ["id", "name", "kind"])
    }

    @Test func absentValuesAreNull() throws {
        let event = Event(id: "lonely", title: "Lonely", date: EventDate(parsing: "1990")!,
                          mentions: [Mention(article: "a", quote: "never resolved")])
        let timeline = Timeline(events: [event])
        let json = try object(TimelineJSON.EventDetail(event, in: timeline, articleTitles: [:]))
        #expect(json["era"] is NSNull && json["previous"] is NSNull && json["next"] is NSNull)
        let telling = try #require((json["tellings"] as? [[String: Any]])?.first)
        #expect(telling["range"] is NSNull && telling["section_id"] is NSNull && telling["article_title"] is NSNull)
        #expect(try object(TimelineJSON.EventSummary(event, in: timeline))["era"] is NSNull)
    }

    @Test func entityDetail() throws {
        let (_, timeline) = loaded
        let entity = try #require(timeline.lookupEntity("Bhutto").entity)
        let json = try object(TimelineJSON.EntityDetail(entity, in: timeline))
        #expect(keys(json) == ["id", "name", "kind", "description", "aliases", "events"])
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        #expect(keys(events.first) == Self.summaryKeys)
        let values = events.compactMap { ($0["date"] as? [String: Any])?["value"] as? String }
        let dates = values.compactMap(EventDate.init(parsing:))
        #expect(dates == dates.sorted())
    }
}
