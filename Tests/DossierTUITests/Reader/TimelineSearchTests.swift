@testable import DossierCore
import Testing
@testable import DossierTUI

/// `/` with the timeline focused searches the events (titles, summaries, dates), `n`/`N`
/// step through the matches, and `Y` goes to a year.
@Suite("Reader: searching the timeline")
struct TimelineSearchTests {
    /// The timeline focused, `keys` pressed, then `typed` typed and Enter.
    func timeline(_ keys: [Key], typing typed: String) -> AppState {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("3")] + keys, on: &state)
        ReaderFixture.type(typed, on: &state)
        ReaderFixture.press([.enter], on: &state)
        return state
    }

    var timeline: Timeline { ReaderFixture.timeline.timeline }

    @Test func slashSearchesTheEventsNotTheArticle() throws {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("3"), .character("/")], on: &state)
        #expect(state.prompt?.kind == .timelineSearch)
        #expect(ReaderFixture.render(state).text.contains("Search events:"))
        ReaderFixture.type("tashkent", on: &state)
        ReaderFixture.press([.enter], on: &state)
        let search = try #require(state.timelinePane.search)
        #expect(!search.eventIDs.isEmpty)
        #expect(state.reading.search == nil)
        for id in search.eventIDs {
            let event = try #require(timeline.event(withID: id))
            #expect((event.title + " " + event.summary).lowercased().contains("tashkent"))
        }
        #expect(state.timelinePane.selectedEventID == search.eventIDs[0])
        #expect(state.message?.hasPrefix("Event 1 of \(search.eventIDs.count) for tashkent") == true)
    }

    @Test func nAndNStepThroughTheMatchesAndWrap() throws {
        // From the first event: the search selects the first match, n the next.
        var state = timeline([.character("g"), .character("/")], typing: "soviet")
        let ids = try #require(state.timelinePane.search?.eventIDs)
        #expect(ids.count > 2)
        #expect(state.timelinePane.selectedEventID == ids[0])
        ReaderFixture.press([.character("n")], on: &state)
        #expect(state.timelinePane.selectedEventID == ids[1])
        ReaderFixture.press([.character("N"), .character("N")], on: &state)
        #expect(state.timelinePane.selectedEventID == ids[ids.count - 1])
        #expect(state.message?.contains("wrapped to the last") == true)
    }

    @Test func yearsAndDiacriticsMatchToo() throws {
        let state = timeline([.character("/")], typing: "1965")
        let ids = try #require(state.timelinePane.search?.eventIDs)
        #expect(!ids.isEmpty)
        #expect(try ids.allSatisfy { try #require(timeline.event(withID: $0)).date.display.contains("1965")
            || timeline.event(withID: $0)?.summary.contains("1965") == true || timeline.event(withID: $0)?.title.contains("1965") == true })
    }

    @Test func yJumpsToTheFirstEventOfTheYear() throws {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("3"), .character("Y")], on: &state)
        #expect(state.prompt?.kind == .year)
        ReaderFixture.type("1965", on: &state)
        ReaderFixture.press([.enter], on: &state)
        let first = try #require(timeline.events.first { $0.date.start.year == 1965 })
        #expect(state.timelinePane.selectedEventID == first.id)
        #expect(ReaderFixture.render(state).text.contains(first.title.prefix(20)))
    }

    @Test func aYearWithoutEventsGoesToTheNearestAfter() throws {
        let years = Set(timeline.events.map(\.date.start.year))
        let first = try #require(years.min())
        let gap = try #require((first...2000).first { !years.contains($0) })
        let next = try #require(timeline.events.first { $0.date.start.year > gap })
        let state = timeline([.character("Y")], typing: String(gap))
        #expect(state.timelinePane.selectedEventID == next.id)
        #expect(state.message?.hasPrefix("No event in \(gap); the next is") == true)

        let late = timeline([.character("Y")], typing: "2999")
        #expect(late.message?.hasPrefix("No event in or after 2999") == true)
        let bad = timeline([.character("Y")], typing: "soon")
        #expect(bad.message == "Type a year, such as 1965")
    }
}
