@testable import DossierCore
import Testing
@testable import DossierTUI

@Suite("Reader: (state, key) → state, reading and panes")
struct ReadingKeysTests {
    @Test func firstScreenShowsTheFirstArticleFromItsTop() {
        let state = ReaderFixture.state()
        #expect(state.reading.articleID == "hussain")
        #expect(state.reading.topLine == 0)
        #expect(state.focus == .reading)
        #expect(state.browser.expanded == ["hussain"])
        // Only the first article is parsed before the timeline loads.
        let early = ReaderFixture.state(timeline: false)
        #expect(Array(early.library.documents.keys) == ["hussain"])
        #expect(early.library.timeline == nil)
    }

    @Test func lessAndViKeysMoveTheCursorAndThePage() {
        var state = ReaderFixture.state()
        let height = state.readingHeight
        ReaderFixture.press([.character("j"), .character("j")], on: &state)
        #expect(state.reading.cursorLine == 2)
        #expect(state.reading.topLine == 0)
        ReaderFixture.press([.character(" ")], on: &state)
        #expect(state.reading.topLine == height)
        #expect(state.reading.cursorLine == height + 2)
        ReaderFixture.press([.character("b")], on: &state)
        #expect(state.reading.topLine == 0)
        ReaderFixture.press([.control("d")], on: &state)
        #expect(state.reading.topLine == height / 2)
        ReaderFixture.press([.control("u")], on: &state)
        #expect(state.reading.topLine == 0)
        ReaderFixture.press([.character("G")], on: &state)
        let count = state.laidOutArticle?.count ?? 0
        #expect(state.reading.cursorLine == count - 1)
        #expect(state.reading.topLine == count - height)
        ReaderFixture.press([.character("k")], on: &state)
        #expect(state.reading.cursorLine == count - 2)
        ReaderFixture.press([.character("g")], on: &state)
        #expect(state.reading.topLine == 0 && state.reading.cursorLine == 0)
    }

    @Test func cursorScrollsTheViewWhenItLeavesTheScreen() {
        var state = ReaderFixture.state()
        let height = state.readingHeight
        ReaderFixture.press(Array(repeating: .down, count: height + 3), on: &state)
        #expect(state.reading.cursorLine == height + 3)
        #expect(state.reading.topLine == 4)
    }

    @Test func tabCyclesThePanesAndNumbersFocusThem() {
        var state = ReaderFixture.state()
        ReaderFixture.press([.tab], on: &state)
        #expect(state.focus == .timeline)
        ReaderFixture.press([.tab], on: &state)
        #expect(state.focus == .notes)
        ReaderFixture.press([.tab], on: &state)
        #expect(state.focus == .browser)
        ReaderFixture.press([.backTab], on: &state)
        #expect(state.focus == .notes)
        ReaderFixture.press([.character("2")], on: &state)
        #expect(state.focus == .reading)
        ReaderFixture.press([.character("3")], on: &state)
        #expect(state.focus == .timeline)
    }

    @Test func narrowScreensFoldSidePanesIntoToggles() {
        var state = ReaderFixture.state(width: 80, height: 24)
        #expect(state.screenLayout.visiblePanes == [.reading])
        ReaderFixture.press([.character("1")], on: &state)
        #expect(state.openSidePane == .browser && state.focus == .browser)
        #expect(state.screenLayout.visiblePanes == [.browser, .reading])
        ReaderFixture.press([.character("1")], on: &state)
        #expect(state.openSidePane == nil && state.focus == .reading)
        ReaderFixture.press([.tab], on: &state)
        #expect(state.openSidePane == .timeline && state.focus == .timeline)
        ReaderFixture.press([.tab], on: &state)
        #expect(state.openSidePane == .notes && state.focus == .notes)
    }

    @Test func browserOpensTheThirdArticleAndJumpsToItsSecondSection() throws {
        var state = ReaderFixture.state()
        ReaderFixture.press(ReaderFixture.openThirdArticle, on: &state)
        #expect(state.reading.articleID == "hanif")
        #expect(state.focus == .browser)
        #expect(state.browser.expanded.contains("hanif"))
        ReaderFixture.press([.character("j"), .character("j"), .enter], on: &state)
        let document = try #require(state.document)
        let layout = try #require(state.laidOutArticle)
        #expect(document.sections[2].title == "Introduction")
        #expect(layout.lines[state.reading.topLine].line.text == "Introduction")
        #expect(state.currentSectionIndex == 2)
        // Both jumps are in the history: back returns to the top of hanif, then to hussain.
        ReaderFixture.press([.control("o")], on: &state)
        #expect(state.reading.articleID == "hanif")
        #expect(state.currentSectionIndex == 1)
        ReaderFixture.press([.control("o")], on: &state)
        #expect(state.reading.articleID == "hussain")
        ReaderFixture.press([.character("L"), .character("L")], on: &state)
        #expect(state.reading.articleID == "hanif" && state.currentSectionIndex == 2)
    }

    @Test func browserFoldsAndUnfolds() {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("1"), .character("j"), .left], on: &state)
        #expect(state.browser.expanded.isEmpty)
        #expect(state.browser.cursor == 0)
        ReaderFixture.press([.character("j"), .right], on: &state)
        #expect(state.browser.expanded == ["rapprochement"])
        #expect(state.library.documents["rapprochement"] != nil)
    }

    @Test func enterOnAFootnoteMarkerOpensItAndEscClosesIt() throws {
        var state = ReaderFixture.state()
        ReaderFixture.press(ReaderFixture.openThirdArticle + [.character("2")], on: &state)
        let layout = try #require(state.laidOutArticle)
        let markerLine = try #require(layout.lines.indices.first { !layout.footnoteLabels(onLine: $0).isEmpty })
        ReaderFixture.press(Array(repeating: .character("j"), count: markerLine), on: &state)
        #expect(state.reading.cursorLine == markerLine)
        ReaderFixture.press([.enter], on: &state)
        guard case .footnote(let popup)? = state.overlay else {
            Issue.record("no footnote popup: \(String(describing: state.overlay))")
            return
        }
        #expect(popup.label == layout.footnoteLabels(onLine: markerLine).first)
        #expect(ReaderFixture.render(state).text.contains("Footnote 1"))
        ReaderFixture.press([.escape], on: &state)
        #expect(state.overlay == nil)
        // Enter on a line without a marker says so.
        ReaderFixture.press([.character("g"), .enter], on: &state)
        #expect(state.overlay == nil)
        #expect(state.message?.contains("No footnote") == true)
    }

    @Test func helpOverlayIsGeneratedFromTheKeyTable() {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("?")], on: &state)
        #expect(state.overlay == .help(top: 0))
        let screen = ReaderFixture.render(state).text
        for binding in KeyMap.defaults.bindings.prefix(8) {
            #expect(screen.contains(binding.help), "\(binding.help)")
        }
        ReaderFixture.press([.character("j")], on: &state)
        #expect(state.overlay == .help(top: 1))
        // q closes a popup rather than quitting.
        ReaderFixture.press([.character("q")], on: &state)
        #expect(state.overlay == nil && !state.isQuitting)
    }

    @Test func quitSavesPositions() {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character(" ")], on: &state)
        let effects = ReaderFixture.press([.character("q")], on: &state)
        #expect(state.isQuitting)
        #expect(effects.last == .quit)
        guard case .savePositions(let positions)? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(positions.lastArticle == "hussain")
        #expect((positions.offsets["hussain"] ?? 0) > 0)
    }

    @Test func savedPositionIsWhereTheReaderOpens() throws {
        var state = ReaderFixture.state()
        ReaderFixture.press(ReaderFixture.openThirdArticle + [.character("2"), .character(" "), .character(" "), .character("q")], on: &state)
        let positions = state.library.positions
        #expect(positions.lastArticle == "hanif")
        let reopened = ReaderFixture.state(positions: positions)
        #expect(reopened.reading.articleID == "hanif")
        let layout = try #require(reopened.laidOutArticle)
        #expect(layout.anchorOffset(atLine: reopened.reading.topLine) == positions.offsets["hanif"])
    }

    @Test func mouseWheelScrollsThePaneUnderThePointerAndClicksSelect() {
        var state = ReaderFixture.state()
        let reading = state.screenLayout.rect(for: .reading)!
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.wheelDown, x: reading.x + 5, y: reading.y + 5))), on: &state)
        #expect(state.reading.topLine == 3)
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.wheelUp, x: reading.x + 5, y: reading.y + 5))), on: &state)
        #expect(state.reading.topLine == 0)
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.press, x: reading.x + 5, y: reading.y + 6))), on: &state)
        #expect(state.reading.cursorLine == 5)
        // A click on an article in the browser focuses the browser and opens it.
        let browser = state.screenLayout.rect(for: .browser)!
        let rows = BrowserRows.rows(library: state.library, expanded: state.browser.expanded)
        let hanifRow = rows.firstIndex { $0.article == "hanif" }!
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.press, x: browser.x + 3, y: browser.y + 1 + hanifRow))), on: &state)
        #expect(state.focus == .browser)
        #expect(state.reading.articleID == "hanif")
    }

    @Test func vStartsASelectionAndTheEmptyNotesPaneSaysHowToAddANote() {
        var state = ReaderFixture.state()
        #expect(ReaderFixture.render(state).text.contains("No notes in this"))
        ReaderFixture.press([.character("v")], on: &state)
        #expect(state.reading.mode.selection != nil)
        #expect(ReaderFixture.render(state).text.contains(" SELECT "))
    }
}
