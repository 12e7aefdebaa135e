import Foundation
import Testing
@testable import DossierCore

/// Related events: explicit links both ways, then passages, dates and rare shared entities,
/// ranked by the documented score; other tellings and neighbours in time.
@Suite struct EventRelatedRankingTests {
    func date(_ text: String) -> EventDate { EventDate(parsing: text)! }

    func mention(_ article: String, block: Int) -> Mention {
        var mention = Mention(article: article, quote: "q")
        mention.range = TextRange(start: block * 100, end: block * 100 + 10)
        mention.blockIndex = block
        return mention
    }

    /// A small synthetic timeline: Ayub's 1965 visit and what surrounds it.
    var timeline: Timeline {
        let events = [
            Event(id: "ayub-visit-1965", title: "Ayub visits Moscow", date: date("1965-04-05"),
                  entities: ["pakistan", "ussr", "ayub-khan"], related: [Event.Link(event: "cultural-agreement-1965", kind: .ledTo)],
                  mentions: [mention("hanif", block: 3), mention("chronology", block: 20)]),
            Event(id: "cultural-agreement-1965", title: "Cultural agreement", date: date("1965-06-05"),
                  entities: ["pakistan", "ussr"], mentions: [mention("chronology", block: 21)]),
            Event(id: "war-1965", title: "War with India", date: date("1965-09"), entities: ["pakistan", "india"],
                  mentions: [mention("hanif", block: 3)]),
            Event(id: "tashkent-1966", title: "Tashkent Declaration", date: date("1966-01-06"), entities: ["pakistan", "india", "ussr"],
                  related: [Event.Link(event: "ayub-visit-1965", kind: .responseTo)], mentions: [mention("hanif", block: 4)]),
            Event(id: "ayub-resigns-1969", title: "Ayub resigns", date: date("1969-03"), entities: ["pakistan", "ayub-khan"],
                  mentions: [mention("hussain", block: 9)]),
            Event(id: "relations-1948", title: "Relations", date: date("1948-05"), entities: ["pakistan"],
                  mentions: [mention("hussain", block: 1)]),
            Event(id: "steel-1973", title: "Steel mill", date: date("1973"), entities: ["pakistan"],
                  mentions: [mention("hussain", block: 7)]),
            Event(id: "trade-1965", title: "Trade talks", date: date("1965"), entities: ["pakistan"],
                  mentions: [mention("rapprochement", block: 2)]),
        ]
        return Timeline(events: events)
    }

    @Test func rankingFollowsTheDocumentedScore() {
        let related = timeline.related(to: "ayub-visit-1965")
        #expect(related.map(\.event.id) == ["cultural-agreement-1965", "tashkent-1966", "war-1965", "ayub-resigns-1969", "trade-1965"])
        let byID = Dictionary(uniqueKeysWithValues: related.map { ($0.event.id, $0) })
        // Links both ways.
        #expect(byID["cultural-agreement-1965"]?.kind == "led-to")
        #expect(byID["tashkent-1966"]?.kind == "prompted")
        // Same passage (hanif block 3) + same year.
        #expect(byID["war-1965"]?.reasons == [.samePassage(article: "hanif"), .sameYear])
        #expect(byID["war-1965"]?.score == 2)
        // idf: Pakistan is in all 8 events (weight 0), the USSR in 3, Ayub Khan in 2.
        let idf = { (count: Double) in log(8 / count) }
        let own = idf(8) + idf(3) + idf(2)
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        #expect(byID["ayub-resigns-1969"]?.score == rounded(2 * idf(2) / own))
        #expect(byID["cultural-agreement-1965"]?.score == rounded(3 + 2 * idf(3) / own + 0.5))
        #expect(byID["tashkent-1966"]?.score == rounded(3 + 2 * idf(3) / own))
        #expect(byID["trade-1965"]?.reasons == [.sameYear])
        // Sharing only an entity every event has is not enough.
        #expect(byID["relations-1948"] == nil && byID["steel-1973"] == nil)
    }

    @Test func limitAndUnknownIDs() {
        #expect(timeline.related(to: "ayub-visit-1965", limit: 2).count == 2)
        #expect(timeline.related(to: "nowhere").isEmpty)
    }

    @Test func otherTellingsAndNeighbours() {
        let timeline = self.timeline
        #expect(timeline.otherTellings(of: "ayub-visit-1965", besides: "hanif").map(\.article) == ["chronology"])
        #expect(timeline.otherTellings(of: "ayub-visit-1965").map(\.article) == ["hanif", "chronology"])
        let neighbours = timeline.neighbours(of: "ayub-visit-1965")
        // 1965 (year) sorts before 1965-04-05.
        #expect(neighbours.previous?.id == "trade-1965")
        #expect(neighbours.next?.id == "cultural-agreement-1965")
        #expect(timeline.neighbours(of: "relations-1948").previous == nil)
        #expect(timeline.neighbours(of: "steel-1973").next == nil)
    }
}
