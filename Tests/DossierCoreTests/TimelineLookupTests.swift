import Testing
@testable import DossierCore

/// The lookups the reader needs: chronological order, eras, articles, entities, tags,
/// the tellings in a passage, conflicts and filters.
@Suite struct TimelineLookupTests {
    func date(_ text: String) -> EventDate { EventDate(parsing: text)! }

    func mention(_ article: String, _ start: Int, _ end: Int, block: Int = 0) -> Mention {
        var mention = Mention(article: article, quote: String(repeating: "x", count: end - start))
        mention.range = TextRange(start: start, end: end)
        mention.blockIndex = block
        return mention
    }

    var timeline: Timeline {
        Timeline(
            entities: [Entity(id: "pakistan", name: "Pakistan", kind: .state), Entity(id: "ussr", name: "Soviet Union", kind: .state)],
            eras: [Era(id: "alliances", title: "Era of Alliances", date: date("1954/1962")),
                   Era(id: "cold-war", title: "Cold War", date: date("1947/1991")),
                   Era(id: "bilateralism", title: "Era of Bilateralism", date: date("1963/1978"))],
            events: [
                Event(id: "seato-1954", title: "SEATO", date: date("1954"), entities: ["pakistan"], tags: ["defence"],
                      mentions: [mention("a", 100, 150), mention("b", 10, 20)]),
                Event(id: "relations-1948", title: "Relations", date: date("1948-05-01"), entities: ["pakistan", "ussr"],
                      tags: ["Diplomacy"], mentions: [mention("a", 0, 40)]),
                Event(id: "u2-1960", title: "U-2", date: date("1960-05"), entities: ["ussr"], tags: ["defence"],
                      mentions: [mention("a", 120, 200), mention("b", 300, 320)],
                      conflicts: [Conflict(about: .date, note: "1960 or 1962",
                                           tellings: [.init(article: "a", says: "1962"), .init(article: "b", says: "1960")])]),
                Event(id: "tashkent-1966", title: "Tashkent", date: date("1966-01-06"), entities: ["ussr"], mentions: [mention("b", 500, 560)]),
                Event(id: "afghan-war", title: "Afghan war", date: date("1979/1989"), entities: ["ussr"], mentions: []),
                Event(id: "partition", title: "Partition", date: date("1947-08"), mentions: []),
                Event(id: "after", title: "After", date: date("1995"), mentions: []),
            ])
    }

    @Test func chronologicalOrderAndLookupByID() {
        #expect(timeline.events.map(\.id) == ["partition", "relations-1948", "seato-1954", "u2-1960", "tashkent-1966", "afghan-war", "after"])
        #expect(timeline.event(withID: "u2-1960")?.title == "U-2")
        #expect(timeline.event(withID: "nope") == nil)
        #expect(timeline.eventSuggestions(for: "u2-1962").first?.id == "u2-1960")
    }

    @Test func erasGroupTheEvents() {
        let timeline = self.timeline
        #expect(timeline.eras.map(\.id) == ["cold-war", "alliances", "bilateralism"])
        #expect(timeline.events.map { timeline.era(of: $0)?.id ?? "-" }
                == ["cold-war", "cold-war", "alliances", "alliances", "bilateralism", "cold-war", "-"])
        #expect(timeline.eraGroups().map { "\($0.era?.id ?? "-")×\($0.events.count)" }
                == ["cold-war×2", "alliances×2", "bilateralism×1", "cold-war×1", "-×1"])
        #expect(timeline.events(in: timeline.eras[1]).map(\.id) == ["seato-1954", "u2-1960"])
    }

    @Test func byArticleEntityAndTag() {
        #expect(timeline.events(toldIn: "b").map(\.id) == ["seato-1954", "u2-1960", "tashkent-1966"])
        #expect(timeline.events(involving: "pakistan").map(\.id) == ["relations-1948", "seato-1954"])
        #expect(timeline.events(taggedWith: "DEFENCE").map(\.id) == ["seato-1954", "u2-1960"])
        #expect(timeline.events(taggedWith: "diplomacy").map(\.id) == ["relations-1948"])
        #expect(timeline.tags.first?.tag == "defence")
    }

    @Test func tellingsInAPassage() {
        let timeline = self.timeline
        #expect(timeline.events(in: "a", overlapping: TextRange(start: 130, end: 140)).map(\.id) == ["seato-1954", "u2-1960"])
        #expect(timeline.tellings(in: "a", at: 39).map(\.event.id) == ["relations-1948"])
        #expect(timeline.tellings(in: "a", at: 40).isEmpty)
        #expect(timeline.tellings(in: "a", overlapping: TextRange(start: 150, end: 160)).map(\.event.id) == ["u2-1960"])
        #expect(timeline.tellings(in: "a").map(\.event.id) == ["relations-1948", "seato-1954", "u2-1960"])
        #expect(timeline.tellings(in: "zz", at: 0).isEmpty)
    }

    @Test func passageLookupScalesToManyMentions() {
        let mentions = (0..<5_000).map { mention("a", $0 * 10, $0 * 10 + 15, block: $0) }
        let timeline = Timeline(events: [Event(id: "many", title: "Many", date: date("1990"), mentions: mentions)])
        #expect(timeline.tellings(in: "a", at: 25_002).map(\.mention.blockIndex) == [2_499, 2_500])
    }

    @Test func conflictsAndFilters() {
        let timeline = self.timeline
        #expect(timeline.conflicts.map(\.event.id) == ["u2-1960"])
        #expect(timeline.events(matching: TimelineFilter(conflictsOnly: true)).map(\.id) == ["u2-1960"])
        #expect(timeline.events(matching: TimelineFilter(fromYear: 1954, toYear: 1966)).map(\.id) == ["seato-1954", "u2-1960", "tashkent-1966"])
        // A range reaching into the span counts.
        #expect(timeline.events(matching: TimelineFilter(fromYear: 1985, toYear: 1990)).map(\.id) == ["afghan-war"])
        #expect(timeline.events(matching: TimelineFilter(entityID: "ussr", article: "b")).map(\.id) == ["u2-1960", "tashkent-1966"])
        #expect(timeline.events(matching: TimelineFilter(tag: "Défence")).count == 2)
        #expect(TimelineFilter().isEmpty)
    }
}
