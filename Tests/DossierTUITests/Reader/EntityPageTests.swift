@testable import DossierCore
@testable import DossierNotes
import Testing
@testable import DossierTUI

/// The entity page on the bundled collection: opened from the `f` list (typed down to one
/// name), from the name at the reading pane's cursor (`i`) and from a note's
/// `[[entity:…]]` link; its rows lead to an event's card and to the passages naming it.
@Suite("Reader: the entity page")
struct EntityPageTests {
    static let bhutto = "zulfikar-ali-bhutto"

    func page(_ state: AppState) -> EntityPage? {
        if case .entityPage(let page)? = state.overlay { return page }
        return nil
    }

    /// The `f` list with `typed` typed into its filter.
    func filterList(typing typed: String, width: Int = 120, height: Int = 40) -> AppState {
        var state = ReaderFixture.state(width: width, height: height)
        ReaderFixture.press([.character("3"), .character("f")], on: &state)
        ReaderFixture.type(typed, on: &state)
        return state
    }

    @Test func typingFiltersTheFList() throws {
        let state = filterList(typing: "bhutto")
        guard case .filter(let picker)? = state.overlay else {
            Issue.record("no f list: \(state.message ?? "")")
            return
        }
        #expect(picker.filter.text == "bhutto")
        let screen = ReaderFixture.render(state)
        Golden.check(screen, "filter-list-typed-120x40")
        let text = screen.text
        #expect(text.contains("Zulfikar Ali Bhutto"))
        #expect(text.contains("Benazir Bhutto"))
        #expect(!text.contains("Soviet Union ("))
        #expect(text.contains(" filter: bhutto (2 of \(picker.options.count)) "))
    }

    @Test func backspaceEditsAndEscClearsTheFilterBeforeClosing() {
        var state = filterList(typing: "qqx")
        #expect(ReaderFixture.render(state).text.contains("filter: qqx (0 of"))
        ReaderFixture.press([.backspace], on: &state)
        guard case .filter(let picker)? = state.overlay else {
            Issue.record("Backspace closed the list")
            return
        }
        #expect(picker.filter.text == "qq")
        ReaderFixture.press([.escape], on: &state)
        guard case .filter(let cleared)? = state.overlay else {
            Issue.record("the first Esc closed the list instead of clearing its filter")
            return
        }
        #expect(cleared.filter.text.isEmpty)
        ReaderFixture.press([.escape], on: &state)
        #expect(state.overlay == nil)
    }

    @Test func theFilterKeepsDiacriticsAndCaseOut() {
        // Every typed word must appear, case and diacritics folded on both sides.
        #expect(ListFilter(text: "BHU zulf").indices(matching: ["Zulfikar Ali Bhutto (12)", "Benazir Bhutto (1)"]) == [0])
        #expect(ListFilter(text: "peshawar").indices(matching: ["Peshāwar", "Lahore"]) == [0])
        #expect(ListFilter(text: "").indices(matching: ["a", "b"]) == [0, 1])
    }

    @Test func enterOnAnEntityOpensItsPage120x40() throws {
        var state = filterList(typing: "zulfikar")
        ReaderFixture.press([.enter], on: &state)
        let page = try #require(self.page(state))
        #expect(page.entityID == Self.bhutto)
        let screen = ReaderFixture.render(state)
        Golden.check(screen, "entity-page-120x40")
        for expected in ["┌─ Zulfikar Ali Bhutto", "person · zulfikar-ali-bhutto", "Also: Bhutto; Z.A. Bhutto", "Events (", "ENTITY"] {
            #expect(screen.text.contains(expected), "\(expected)")
        }
        // hussain's OCR spelling is among the passages; assignment (Benazir Bhutto only) is not.
        #expect(page.passages.contains { $0.article == "hussain" })
        #expect(!page.passages.contains { $0.article == "assignment" })
    }

    @Test func theEntityPageAt80x24() throws {
        var state = filterList(typing: "zulfikar", width: 80, height: 24)
        ReaderFixture.press([.enter], on: &state)
        #expect(page(state)?.entityID == Self.bhutto)
        Golden.check(ReaderFixture.render(state), "entity-page-80x24")
    }

    @Test func enterOnAPassageJumpsThereAndBackReturns() throws {
        var state = filterList(typing: "zulfikar")
        ReaderFixture.press([.enter], on: &state)
        let opened = try #require(self.page(state))
        let timeline = try #require(state.library.timeline)
        let events = timeline.events(involving: Self.bhutto).count
        let before = state.reading.articleID
        // The rows: the events, then the passages.
        ReaderFixture.press(Array(repeating: .down, count: events) + [.enter], on: &state)
        #expect(state.overlay == nil)
        let passage = opened.passages[0]
        #expect(state.reading.articleID == passage.article)
        let layout = try #require(state.laidOutArticle)
        let start = try #require(passage.matches.first).start
        #expect(layout.lineIndex(containing: start) == state.reading.cursorLine)
        ReaderFixture.press([.control("o")], on: &state)
        #expect(state.reading.articleID == before)
    }

    @Test func enterOnAnEventOpensItsCardAndFFiltersTheTimeline() throws {
        var state = filterList(typing: "zulfikar")
        ReaderFixture.press([.enter, .enter], on: &state)
        let first = try #require(state.library.timeline?.events(involving: Self.bhutto).first)
        #expect(state.overlay == .eventCard(EventCard(eventID: first.id)))

        state = filterList(typing: "zulfikar")
        ReaderFixture.press([.enter, .character("f")], on: &state)
        #expect(state.overlay == nil)
        #expect(state.timelinePane.filter.entityID == Self.bhutto)
        #expect(state.focus == .timeline)
    }

    @Test func iOnANameInTheReadingPaneOpensItsPage() throws {
        var state = ReaderFixture.state()
        #expect(state.reading.articleID == "hussain")
        let document = try #require(state.document)
        let layout = try #require(state.laidOutArticle)
        let scalar = try #require(ScalarSearch.occurrences(of: Array("Z.A.Bhutto".unicodeScalars), in: document.plainText.scalars).first)
        state.reading.cursorLine = layout.lineIndex(containing: scalar + 3)
        state.reading.topLine = max(0, state.reading.cursorLine - 5)
        // A character cursor on the name's last letters: the name under it.
        state.reading.mode = .cursor(TextCursor(offset: scalar + 8))
        ReaderFixture.press([.character("i")], on: &state)
        #expect(page(state)?.entityID == Self.bhutto, "\(state.message ?? "")")
    }

    @Test func iWithoutANameSaysSo() throws {
        var state = ReaderFixture.state()
        let layout = try #require(state.laidOutArticle)
        let spotter = EntitySpotter(try #require(state.library.timeline).entities)
        // A line of text naming no entity.
        let line = try #require(layout.lines.indices.first { index in
            let text = layout.lines[index].line.text
            return layout.lines[index].line.source != nil && text.count > 20 && spotter.occurrences(in: text).isEmpty
        })
        state.reading.cursorLine = line
        state.reading.topLine = max(0, line - 5)
        ReaderFixture.press([.character("i")], on: &state)
        #expect(page(state) == nil)
        #expect(state.message?.hasPrefix("No entity is named on the cursor line") == true, "\(state.message ?? "")")
    }

    @Test func theNotesLinkingHereByAnyNameAreListedAndOpen() throws {
        // Linked by an alias, as written in a note: the page still finds it.
        let note = ReaderGoldenTests.note(7, "hussain", "Things got worse, when in 1962", kind: .question, body: "And [[entity:Z.A. Bhutto]]?")
        let harness = try NotesHarness { _ in [note] }
        harness.press(.character("3"), .character("f"))
        harness.type("zulfikar")
        harness.press(.enter)
        let opened = try #require(page(harness.state))
        #expect(opened.entityID == Self.bhutto)
        let content = try #require(EntityPageView.laidOut(opened, state: harness.state)).content
        let text = content.lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("Notes linking here (1)"))
        #expect(text.contains("✎ hussain “Things got worse, when in 1962” — And"), "\(text)")
        // The last row is the note: Enter opens its passage.
        harness.press(.end, .enter)
        #expect(harness.state.overlay == nil)
        #expect(harness.state.notes.selected == note.id)
    }

    @Test func theEntityKeysAreInTheTable() {
        #expect(KeyMap.defaults.command(for: .character("i"), in: [.cursor, .reading]) == .entityPage)
        #expect(KeyMap.defaults.command(for: .character("f"), in: [.popup]) == .filterTimeline)
        #expect(KeyMap.defaults.command(for: .backspace, in: [.list, .popup]) == .deleteBackward)
        #expect(KeyMap.defaults.command(for: .character("Y"), in: [.timeline]) == .jumpToYear)
        #expect(KeyMap.defaults.hints(in: [.reading]).contains { $0.key == .character("i") && $0.hint == "who" })
        #expect(KeyMap.defaults.conflicts.isEmpty)
    }

    @Test func aClickOnAFilteredRowOpensThatRow() throws {
        var state = filterList(typing: "zulfikar")
        let frame = PopupGeometry.frame(screen: state.size, contentHeight: state.size.height)
        let body = PopupGeometry.body(of: frame)
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.click, x: body.x + 3, y: body.y))), on: &state)
        #expect(page(state)?.entityID == Self.bhutto)
    }
}
