@testable import DossierCore
@testable import DossierNotes
import Testing
@testable import DossierTUI

/// The event card on the bundled collection: opened from a passage (`e`), from the
/// timeline, at the conflicts (`!`) and from a note's `[[event:…]]` link; its rows lead
/// to tellings, and `[` / `]` move it in time.
@Suite("Reader: the event card")
struct EventCardTests {
    static let u2 = "u2-incident-1960"

    /// hussain (the first article) with the cursor on the line that dates the U-2 incident
    /// to 1962.
    func hussainAtU2(width: Int = 120, height: Int = 40) throws -> AppState {
        var state = ReaderFixture.state(width: width, height: height)
        #expect(state.reading.articleID == "hussain")
        let event = try #require(ReaderFixture.timeline.timeline.event(withID: Self.u2))
        let range = try #require(event.mentions.first { $0.article == "hussain" && $0.dateAsTold == "1962" }?.range)
        let line = try #require(state.laidOutArticle).lineIndex(containing: range.start)
        state.reading.topLine = max(0, line - 5)
        state.reading.cursorLine = line
        // A key round trip lets the reducer settle the state as after any key.
        ReaderFixture.press([.character("j"), .character("k")], on: &state)
        #expect(state.reading.cursorLine == line)
        return state
    }

    func card(_ state: AppState) -> EventCard? {
        if case .eventCard(let card)? = state.overlay { return card }
        return nil
    }

    @Test func theSelectedEventFollowsTheCursorLine() throws {
        let state = try hussainAtU2()
        #expect(ReadingViewport.eventIDs(onLine: state.reading.cursorLine, state) == [Self.u2])
        #expect(state.timelinePane.selectedEventID == Self.u2)
        #expect(ReaderFixture.render(state).text.contains("▸! 1960  The U-2 incident"))
    }

    @Test func eOnThePassageOpensTheCard120x40() throws {
        var state = try hussainAtU2()
        ReaderFixture.press([.character("e")], on: &state)
        #expect(card(state) == EventCard(eventID: Self.u2))
        let screen = ReaderFixture.render(state)
        Golden.check(screen, "event-card-120x40")
        let text = screen.text
        for expected in ["The U-2 incident", "May 1960 (month)", "hussain says: 1962", "assignment says: May 1960", "Conflicts (1)",
                         "Tellings (6)", "EVENT"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func theCardAt80x24() throws {
        var state = try hussainAtU2(width: 80, height: 24)
        ReaderFixture.press([.character("e")], on: &state)
        let screen = ReaderFixture.render(state)
        Golden.check(screen, "event-card-80x24")
        #expect(screen.text.contains("May 1960"))
    }

    @Test func enterOnATellingJumpsThereAndBackReturns() throws {
        var state = try hussainAtU2()
        let before = state.reading.cursorLine
        ReaderFixture.press([.character("e")], on: &state)
        // The first row is the first telling: the assignment's.
        ReaderFixture.press([.enter], on: &state)
        #expect(state.overlay == nil)
        #expect(state.reading.articleID == "assignment")
        let event = try #require(ReaderFixture.timeline.timeline.event(withID: Self.u2))
        let range = try #require(event.mentions[0].range)
        #expect(state.laidOutArticle?.lineIndex(containing: range.start) == state.reading.cursorLine)
        #expect(state.message?.hasPrefix("as told: May 1960 · telling 1 of 6") == true, "\(state.message ?? "")")
        ReaderFixture.press([.control("o")], on: &state)
        #expect(state.reading.articleID == "hussain")
        #expect(state.reading.cursorLine == before)
    }

    @Test func jAndKChooseRowsAndEnterOnARelatedEventShowsItsCard() throws {
        var state = try hussainAtU2()
        ReaderFixture.press([.character("e"), .character("j")], on: &state)
        #expect(card(state)?.selected == 1)
        ReaderFixture.press([.character("G")], on: &state)
        let opened = try #require(card(state))
        let laidOut = try #require(EventCardView.laidOut(opened, state: state))
        #expect(opened.selected == laidOut.content.items.count - 1)
        // The last row is the event after this one.
        let next = try #require(ReaderFixture.timeline.timeline.neighbours(of: Self.u2).next)
        ReaderFixture.press([.enter], on: &state)
        #expect(card(state) == EventCard(eventID: next.id))
        #expect(state.timelinePane.selectedEventID == next.id)
    }

    @Test func bracketsMoveTheCardInTime() throws {
        var state = try hussainAtU2()
        let timeline = ReaderFixture.timeline.timeline
        ReaderFixture.press([.character("e"), .character("]")], on: &state)
        #expect(card(state)?.eventID == timeline.neighbours(of: Self.u2).next?.id)
        ReaderFixture.press([.character("["), .character("[")], on: &state)
        #expect(card(state)?.eventID == timeline.neighbours(of: Self.u2).previous?.id)
        #expect(state.reading.articleID == "hussain", "the card moves, the reading stays")
    }

    @Test func bangOpensTheCardAtItsConflicts() throws {
        var state = try hussainAtU2()
        ReaderFixture.press([.character("!")], on: &state)
        let opened = try #require(card(state))
        let laidOut = try #require(EventCardView.laidOut(opened, state: state))
        let conflictsLine = try #require(laidOut.content.conflictsLine)
        // As far down as the card scrolls: the conflicts in view, the date line above it.
        let height = PopupGeometry.body(of: laidOut.frame).height
        #expect(opened.top == min(conflictsLine, laidOut.content.lines.count - height))
        #expect(opened.top > 0)
        let text = ReaderFixture.render(state).text
        #expect(text.contains("Conflicts (1)"))
        #expect(text.contains("hussain says: 1962"))
        #expect(!text.contains("u2-incident-1960"), "scrolled past the date line")
    }

    @Test func aLineTellingNoEventSaysSo() {
        var state = ReaderFixture.state()
        state.reading.cursorLine = 0
        ReaderFixture.press([.character("e")], on: &state)
        #expect(state.overlay == nil)
        #expect(state.message?.hasPrefix("No event is told on this line") == true)
    }

    @Test func aLineTellingSeveralEventsOffersAList() throws {
        var state = ReaderFixture.state()
        let layout = try #require(state.laidOutArticle)
        let line = try #require(layout.lines.indices.first { ReadingViewport.eventIDs(onLine: $0, state).count > 1 })
        let ids = ReadingViewport.eventIDs(onLine: line, state)
        state.reading.topLine = line
        state.reading.cursorLine = line
        ReaderFixture.press([.character("e")], on: &state)
        #expect(state.overlay == .eventChoice(EventChoice(eventIDs: ids)))
        #expect(ReaderFixture.render(state).text.contains("Events told on this line"))
        // Letters type into the list's filter; the arrows move.
        ReaderFixture.press([.down, .enter], on: &state)
        #expect(card(state)?.eventID == ids[1])
    }

    @Test func theTimelineOpensTheSelectedEventsCard() throws {
        var state = try hussainAtU2()
        ReaderFixture.press([.character("3"), .character("j")], on: &state)
        let selected = try #require(state.timelinePane.selectedEventID)
        #expect(selected != Self.u2)
        ReaderFixture.press([.character("i")], on: &state)
        #expect(card(state) == EventCard(eventID: selected))
        ReaderFixture.press([.escape, .character("e")], on: &state)
        #expect(card(state) == EventCard(eventID: selected))
        // A pane key leaves the card for that pane.
        ReaderFixture.press([.character("2")], on: &state)
        #expect(state.overlay == nil)
        #expect(state.focus == .reading)
    }

    @Test func anEventLinkOpensTheCardOverTheTelling() throws {
        var state = try hussainAtU2()
        var effects: [Effect] = []
        let before = state.reading.cursorLine
        LinkFollower.follow(.event("tashkent-declaration-1966"), state: &state, effects: &effects)
        #expect(card(state) == EventCard(eventID: "tashkent-declaration-1966"))
        #expect(state.timelinePane.selectedEventID == "tashkent-declaration-1966")
        // Back leaves the card and the telling the link jumped to.
        ReaderFixture.press([.control("o")], on: &state)
        #expect(state.overlay == nil)
        #expect(state.reading.articleID == "hussain")
        #expect(state.reading.cursorLine == before)
    }

    @Test func theCardListsTheNotesAboutTheEvent() throws {
        // In the database, on another article than the one shown: read when the card opens.
        let note = ReaderGoldenTests.note(7, "hussain", "Things got worse, when in 1962", kind: .question, body: "Which year? [[event:u2-incident-1960]]")
        let harness = try NotesHarness { _ in [note] }
        harness.state.timelinePane.selectedEventID = Self.u2
        harness.press(.character("3"), .character("e"))
        let opened = try #require(card(harness.state))
        let text = try #require(EventCardView.laidOut(opened, state: harness.state)).content.lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("Notes (1) · 1 note links here"))
        #expect(text.contains("✎ hussain “Things got worse, when in 1962” — Which year?"), "\(text)")
    }

    @Test func aClickOnARowActsAsEnterAndTheWheelScrollsTheLines() throws {
        var state = try hussainAtU2()
        ReaderFixture.press([.character("e")], on: &state)
        let opened = try #require(card(state))
        let (content, frame) = try #require(EventCardView.laidOut(opened, state: state))
        let body = PopupGeometry.body(of: frame)
        // The wheel scrolls the lines, not the chosen row, and keeps the chosen row while it shows.
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.wheelDown, x: body.x + 4, y: body.y + 4))), on: &state)
        let scrolled = try #require(card(state))
        #expect(scrolled.top == MouseReducer.wheelStep)
        #expect(scrolled.selected == opened.selected)
        // A click on the conflict's lines opens its two sides side by side.
        let conflict = try #require(content.items.firstIndex { $0.action == .conflict(0) })
        let row = content.items[conflict].lines.lowerBound - scrolled.top
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.click, x: body.x + 6, y: body.y + row))), on: &state)
        guard case .sideBySide(let view)? = state.overlay else {
            Issue.record("the click did not open the conflict side by side: \(String(describing: state.overlay))")
            return
        }
        #expect(view.card.selected == conflict)
        // Back in the card, a click on a telling jumps to it, as Enter does.
        ReaderFixture.press([.escape], on: &state)
        let telling = try #require(content.items.firstIndex { $0.action == .telling(mention: 0) })
        let tellingRow = content.items[telling].lines.lowerBound - view.card.top
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.click, x: body.x + 6, y: body.y + tellingRow))), on: &state)
        #expect(state.overlay == nil)
        #expect(state.reading.articleID == "assignment")
        // A click outside the card closes it.
        ReaderFixture.press([.control("o"), .character("e")], on: &state)
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.click, x: 0, y: 0))), on: &state)
        #expect(state.overlay == nil)
    }

    @Test func theCardIsLaidOutOncePerChange() throws {
        var state = try hussainAtU2()
        #expect(state.eventCardCache.key == nil)
        ReaderFixture.press([.character("e")], on: &state)
        let opened = try #require(card(state))
        let key = EventCardView.cacheKey(opened, state: state)
        #expect(state.eventCardCache.key == key)
        // The view draws what the reducer laid out and kept.
        #expect(state.eventCardCache.content(for: key) == EventCardContent.make(
            eventID: Self.u2, timeline: ReaderFixture.timeline.timeline, collection: ReaderFixture.collection, notes: state.annotations,
            width: key.width))
        ReaderFixture.press([.character("j"), .character("j")], on: &state)
        #expect(state.eventCardCache.key == key, "moving in the card keeps its lines")
        ReaderFixture.press([.character("]")], on: &state)
        let next = try #require(ReaderFixture.timeline.timeline.neighbours(of: Self.u2).next)
        #expect(state.eventCardCache.key?.eventID == next.id, "another event: its lines")
        ReaderFixture.dispatch(.input(.resize(Size(width: 90, height: 30))), on: &state)
        #expect(state.eventCardCache.key?.width == EventCardView.cacheKey(EventCard(eventID: next.id), state: state).width)
        ReaderFixture.press([.escape], on: &state)
        #expect(state.eventCardCache.key == nil, "no card, nothing kept")
    }

    @Test func theStatusLineOfATellingFitsAt120Columns() throws {
        var state = try hussainAtU2()
        // hussain → rapprochement → chronology → the assignment, whose section title is the longest.
        for _ in 0..<3 {
            ReaderFixture.press([.character("t")], on: &state)
            let message = try #require(state.message)
            let status = try #require(ReaderFixture.render(state).textLines().last)
            #expect(status.contains(message), "the whole message shows: \(status)")
            #expect(message.contains(" · article "))
        }
        let status = try #require(ReaderFixture.render(state).textLines().last)
        #expect(status.hasPrefix(" assignment · Pakistan-Soviet Union Relations in the Cold War Era · "), "\(status)")
        #expect(status.contains("as told: May 1960 · article 1 of 4"))
        // Where there is room, the quote follows, cut to fit.
        ReaderFixture.press([.character("t")], on: &state)
        #expect(state.message?.contains("as told: 1962 · article 2 of 4 · “Things got worse") == true, "\(state.message ?? "")")
    }

    @Test func theStatusLineOfATellingFitsBesideTheIndexingProgress() throws {
        var state = try hussainAtU2()
        // The content index is refreshing: "Indexing 412/1000" stands before the message.
        state.library.indexing = IndexingProgress(done: 412, total: 1000)
        var quoted = 0
        for _ in 0..<4 {
            ReaderFixture.press([.character("t")], on: &state)
            let message = try #require(state.message)
            let status = try #require(ReaderFixture.render(state).textLines().last)
            #expect(status.contains("Indexing 412/1000  "))
            // A quote is cut to the room left: the message then shows whole. (Beside the
            // assignment's long section title there is no room for one.)
            guard message.contains("“") else { continue }
            quoted += 1
            #expect(status.contains(message), "the whole message shows: \(status)")
        }
        #expect(quoted > 0)
    }

    @Test func theEventKeysAreInTheHelpAndTheHints() {
        #expect(KeyMap.defaults.hints(in: [.reading]).contains { $0.key == .character("e") && $0.hint == "event" })
        #expect(KeyMap.defaults.hints(in: [.timeline]).contains { $0.key == .character("e") && $0.hint == "card" })
        let rows = HelpContent.rows()
        #expect(rows.contains { if case .binding(keys: "!", help: _, context: _) = $0 { return true } else { return false } })
        #expect(KeyMap.defaults.conflicts.isEmpty)
    }

    @Test func theHelpUsesTheTerminalsWidth() throws {
        var state = ReaderFixture.state(width: 200, height: 50)
        ReaderFixture.press([.character("?")], on: &state)
        let rows = HelpContent.rows()
        let frame = PopupGeometry.frame(screen: state.size, preferredWidth: HelpContent.width(of: rows) + 4, contentHeight: rows.count)
        #expect(frame.width > 100)
        // The popup's cells (every character of this screen is one column wide).
        let popup = ReaderFixture.render(state).textLines()[frame.y..<frame.maxY].map { String(Array($0)[frame.x..<frame.maxX]) }
        #expect(popup.first?.hasPrefix("┌─ Keys ") == true)
        #expect(!popup.contains { $0.contains("…") }, "no description is cut at 200 columns")
        #expect(popup.contains { $0.contains("The event told on the cursor line (•): its card, a list when several (Reading pane)") })
    }
}
