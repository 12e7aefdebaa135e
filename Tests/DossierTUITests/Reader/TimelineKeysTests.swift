@testable import DossierCore
import Testing
@testable import DossierTUI

@Suite("Reader: the timeline pane")
struct TimelineKeysTests {
    /// hanif's Introduction on screen, as the end-to-end test does it.
    func hanifIntroduction() -> AppState {
        var state = ReaderFixture.state()
        ReaderFixture.press(ReaderFixture.openThirdArticle + [.character("j"), .character("j"), .enter], on: &state)
        return state
    }

    @Test func timelineFollowsTheReading() throws {
        let state = hanifIntroduction()
        let visible = ReadingViewport.visibleEventIDs(state)
        #expect(visible.first == "soviet-dissolution-1991")
        #expect(state.timelinePane.selectedEventID == visible.first)
        // The selection is in view, and the told events are marked.
        let timeline = try #require(state.library.timeline)
        let rows = TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter)
        let row = try #require(TimelineRows.row(of: state.timelinePane.selectedEventID, in: rows, timeline: timeline))
        #expect(row >= state.timelinePane.top && row < state.timelinePane.top + state.listHeight(of: .timeline))
        let screen = ReaderFixture.render(state).text
        #expect(screen.contains("▸  1991  The dissolution") || screen.contains("▸! 1991  The dissolution"))
    }

    @Test func rowsAreGroupedByEraWithConflictsMarked() throws {
        let timeline = ReaderFixture.timeline.timeline
        let rows = TimelineRows.rows(timeline: timeline, filter: TimelineFilter())
        #expect(rows.filter { $0.eventIndex != nil }.count == timeline.events.count)
        guard case .era = rows.first else {
            Issue.record("first row is not an era heading")
            return
        }
        let conflicted = try #require(timeline.events.first { $0.hasConflicts })
        var state = ReaderFixture.state()
        state.timelinePane.selectedEventID = conflicted.id
        ReaderFixture.press([.character("3")], on: &state)
        let screen = ReaderFixture.render(state)
        let line = screen.textLines().first { $0.contains(String(conflicted.title.prefix(12))) }
        #expect(line?.contains("! ") == true, "\(line ?? "no line")")
    }

    @Test func enterJumpsToTheTellingAndTCyclesToOtherArticles() throws {
        var state = hanifIntroduction()
        ReaderFixture.press([.character("3")], on: &state)
        #expect(state.focus == .timeline)
        let before = state.reading.topLine
        ReaderFixture.press([.enter], on: &state)
        #expect(state.reading.articleID == "hanif")
        // The telling was already on screen: only the cursor moved.
        #expect(state.reading.topLine == before)
        let timeline = try #require(state.library.timeline)
        let event = try #require(timeline.event(withID: "soviet-dissolution-1991"))
        let offset = try #require(state.laidOutArticle?.anchorOffset(atLine: state.reading.cursorLine))
        #expect(event.mentions.contains { $0.article == "hanif" && ($0.range?.start ?? -1) >= offset - 80 && ($0.range?.start ?? -1) <= offset + 80 })
        var seen: [String] = ["hanif"]
        for _ in 0..<(event.articles.count - 1) {
            ReaderFixture.press([.character("t")], on: &state)
            seen.append(state.reading.articleID)
        }
        #expect(Set(seen) == Set(event.articles))
        #expect(state.message?.contains(" · article ") == true && state.message?.contains(" of \(event.articles.count)") == true, "\(state.message ?? "")")
        #expect(ReaderFixture.render(state).textLines().last?.hasPrefix(" \(state.reading.articleID) · ") == true, "the status line names the article")
        // Back goes to hanif again.
        ReaderFixture.press(Array(repeating: .control("o"), count: event.articles.count - 1), on: &state)
        #expect(state.reading.articleID == "hanif")
    }

    @Test func capitalTCyclesTheTellingsBackwards() throws {
        var state = hanifIntroduction()
        ReaderFixture.press([.character("3"), .enter, .character("t")], on: &state)
        let next = state.reading.articleID
        #expect(next != "hanif")
        ReaderFixture.press([.character("T")], on: &state)
        #expect(state.reading.articleID == "hanif")
        ReaderFixture.press([.character("T")], on: &state)
        let previous = state.reading.articleID
        #expect(previous != "hanif")
        #expect(state.message?.contains(" of ") == true, "\(state.message ?? "")")
        #expect(ReaderFixture.render(state).textLines().last?.hasPrefix(" \(previous) · ") == true, "the status line names the article")
        ReaderFixture.press([.character("t")], on: &state)
        #expect(state.reading.articleID == "hanif")
    }

    @Test func tAndRWorkFromTheReadingPaneOnTheSelectedEvent() throws {
        var state = hanifIntroduction()
        ReaderFixture.press([.character("2")], on: &state)
        let selected = try #require(state.timelinePane.selectedEventID)
        ReaderFixture.press([.character("t")], on: &state)
        #expect(state.reading.articleID != "hanif")
        #expect(state.timelinePane.selectedEventID == selected)
        ReaderFixture.press([.character("T")], on: &state)
        #expect(state.reading.articleID == "hanif")
        ReaderFixture.press([.character("r")], on: &state)
        guard case .related(let list)? = state.overlay else {
            Issue.record("r did not open the related events")
            return
        }
        #expect(list.eventID == selected)
    }

    @Test func bracketsStepThroughEventsInTime() throws {
        var state = hanifIntroduction()
        let timeline = try #require(state.library.timeline)
        let start = try #require(state.timelinePane.selectedEventID)
        let index = try #require(timeline.chronologicalIndex(of: start))
        ReaderFixture.press([.character("]")], on: &state)
        let next = timeline.events[index + 1]
        #expect(state.timelinePane.selectedEventID == next.id)
        if let first = next.mentions.first(where: { $0.range != nil }) {
            let article = next.mentions.contains { $0.article == "hanif" && $0.range != nil } ? "hanif" : first.article
            #expect(state.reading.articleID == article)
        }
        ReaderFixture.press([.character("[")], on: &state)
        #expect(state.timelinePane.selectedEventID == start)
    }

    @Test func relatedEventsAndFilters() throws {
        var state = hanifIntroduction()
        ReaderFixture.press([.character("3"), .character("r")], on: &state)
        guard case .related(let list)? = state.overlay else {
            Issue.record("no related list: \(state.message ?? "")")
            return
        }
        #expect(list.eventID == "soviet-dissolution-1991")
        #expect(ReaderFixture.render(state).text.contains("Related to: "))
        ReaderFixture.press([.enter], on: &state)
        #expect(state.overlay == nil)
        #expect(state.timelinePane.selectedEventID == list.items[0].event.id)

        ReaderFixture.press([.character("f")], on: &state)
        guard case .filter(let picker)? = state.overlay else {
            Issue.record("no filter list")
            return
        }
        guard case .tag(let tag, let count) = picker.options[0] else {
            Issue.record("tags first")
            return
        }
        ReaderFixture.press([.enter], on: &state)
        #expect(state.timelinePane.filter.tag == tag)
        let timeline = try #require(state.library.timeline)
        let rows = TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter)
        #expect(rows.filter { $0.eventIndex != nil }.count == count)
        #expect(ReaderFixture.render(state).text.contains("Timeline · tag: \(tag) (\(count))"))
        ReaderFixture.press([.character("F")], on: &state)
        #expect(state.timelinePane.filter.isEmpty)

        // Entities can be chosen too.
        ReaderFixture.press([.character("f")], on: &state)
        guard case .filter(let again)? = state.overlay,
              let entityIndex = again.options.firstIndex(where: { if case .entity = $0 { return true } else { return false } }) else {
            Issue.record("no entities")
            return
        }
        // Letters type into the list's filter, so the arrows move; Enter opens the entity's
        // page, and its `f` filters the timeline.
        ReaderFixture.press(Array(repeating: .down, count: entityIndex) + [.enter], on: &state)
        guard case .entityPage? = state.overlay else {
            Issue.record("Enter on an entity did not open its page")
            return
        }
        ReaderFixture.press([.character("f")], on: &state)
        #expect(state.timelinePane.filter.entityID != nil)
    }

    @Test func timelineWaitsForItsData() {
        var state = ReaderFixture.state(timeline: false)
        ReaderFixture.press([.character("3"), .enter], on: &state)
        #expect(state.message == "The timeline is still loading")
        #expect(ReaderFixture.render(state).text.contains("Timeline · loading…"))
    }
}
