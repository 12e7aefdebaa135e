@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// (state, key) → state for the keys of close reading: counts before motions, marks,
/// the search history in the prompts, `y` with its citation, and Ctrl-R after `u`.
@Suite("Reader: counts, marks, search history, copy, redo")
struct CloseReadingKeysTests {
    typealias H = NotesHarness

    func keys(_ text: String) -> [Key] { text.map(Key.character) }

    // MARK: Counts

    @Test func aCountRepeatsTheMotionAndShowsWhileTyped() {
        var state = ReaderFixture.state()
        ReaderFixture.press(keys("5"), on: &state)
        #expect(state.reading.cursorLine == 0)
        #expect(state.message?.hasPrefix("Count 5") == true)
        ReaderFixture.press(keys("j"), on: &state)
        #expect(state.reading.cursorLine == 5)
        #expect(state.message == nil)
        // Once a count has started (0 starts one below 5), 1–4 are digits of it, not panes.
        ReaderFixture.press(keys("012j"), on: &state)
        #expect(state.reading.cursorLine == 17)
        #expect(state.focus == .reading)
        ReaderFixture.press(keys("52k"), on: &state)
        #expect(state.reading.cursorLine == 0)
        ReaderFixture.press(keys("5") + [.character(" ")], on: &state)
        #expect(state.reading.topLine == 5 * state.readingHeight)
        // A count before a key that is not a motion is dropped: the key acts once.
        ReaderFixture.press(keys("7") + [.character("g")], on: &state)
        #expect(state.reading.topLine == 0)
        // Esc cancels the count alone.
        ReaderFixture.press(keys("9") + [.escape] + keys("j"), on: &state)
        #expect(state.reading.cursorLine == 1)
        // Alone, 1–4 still switch panes.
        ReaderFixture.press(keys("3"), on: &state)
        #expect(state.focus == .timeline)
    }

    @Test func aCountCapsAndMovesTheCharacterCursorByParagraphs() throws {
        let harness = try H()
        harness.openHanifIntroduction()
        harness.press(keys("c)"))
        let text = try #require(harness.state.library.selectableTexts["hanif"])
        let start = try #require(harness.state.reading.mode.textCursor?.offset)
        var expected = start
        for _ in 0..<3 { expected = text.target(of: .paragraphForward, from: expected) }
        // 0 starts a count below 5 (1–4 alone switch panes).
        harness.press(keys("03}"))
        #expect(harness.state.reading.mode.textCursor?.offset == expected)
        harness.press(keys("99999999"))
        #expect(harness.state.pendingKeys.count == PendingKeys.maximumCount)
        harness.press(.escape)
        #expect(harness.state.pendingKeys == PendingKeys())
    }

    // MARK: Marks

    @Test func aMarkBringsBackThePlaceAcrossArticlesAndIntoHistory() throws {
        let harness = try H()
        harness.openHanifIntroduction()
        harness.press(keys("jjj"))
        let marked = Navigator.currentLocation(harness.state)
        harness.press(keys("ma"))
        #expect(harness.state.library.positions.marks["a"] == marked)
        #expect(harness.state.message?.hasPrefix("Mark a: hanif · Introduction") == true)
        // Saved at once, with the rest of the reading state.
        guard case .savePositions(let saved)? = harness.effects.last else {
            Issue.record("m did not save the mark")
            return
        }
        #expect(saved.marks["a"] == marked)
        // Elsewhere in another article, 'a comes back, and Ctrl-O returns.
        harness.press(.character("G"))
        harness.press(ReaderFixture.openThirdArticle.dropLast(3) + [.character("j"), .enter, .character("2")])
        let away = Navigator.currentLocation(harness.state)
        #expect(away.article != "hanif")
        harness.press(keys("'a"))
        #expect(Navigator.currentLocation(harness.state) == marked)
        harness.press(.control("o"))
        #expect(Navigator.currentLocation(harness.state) == away)
        // An unset mark, and a key that is no mark.
        harness.press(keys("'b"))
        #expect(harness.state.message == "No mark b: mb sets it")
        harness.press(keys("m1"))
        #expect(harness.state.message == "Marks are the letters a–z")
        #expect(harness.state.focus == .reading)
    }

    /// Opens hanif's introduction, sets mark q at its top and mark b ten lines down, goes back
    /// to the top and lists the marks (`M`); returns the place q marks.
    func listTwoMarks(_ harness: H) -> Location {
        harness.openHanifIntroduction()
        harness.press(keys("mq"))
        let marked = Navigator.currentLocation(harness.state)
        harness.press(keys("jjjjjjjjjjmb"))
        harness.press(.character("g"))
        harness.press(.character("M"))
        return marked
    }

    @Test func mListsTheMarksAndEnterJumps() throws {
        let harness = try H()
        harness.press(.character("M"))
        #expect(harness.state.message == "No marks yet: m and a letter marks a place")
        let marked = listTwoMarks(harness)
        guard case .marks? = harness.state.overlay else {
            Issue.record("M did not open the marks")
            return
        }
        let screen = harness.render().text
        #expect(screen.contains("b  hanif · Introduction"))
        #expect(screen.contains("q  hanif · Introduction · "))
        #expect(screen.contains(" MARKS "))
        harness.press(.character("j"), .enter)
        #expect(harness.state.overlay == nil)
        #expect(Navigator.currentLocation(harness.state) == marked)
    }

    @Test func aClickOnAMarkJumpsThereAndBelowTheRowsDoesNothing() throws {
        let harness = try H()
        let marked = listTwoMarks(harness)
        let body = PopupGeometry.body(of: PopupGeometry.frame(screen: harness.state.size, contentHeight: harness.state.size.height))
        // Two marks, b then q: the third row is empty, and a click there keeps the list open.
        harness.dispatch(.input(.mouse(MouseEvent(.click, x: body.x + 3, y: body.y + 2))))
        guard case .marks? = harness.state.overlay else {
            Issue.record("a click below the marks closed them")
            return
        }
        harness.dispatch(.input(.mouse(MouseEvent(.click, x: body.x + 3, y: body.y + 1))))
        #expect(harness.state.overlay == nil)
        #expect(Navigator.currentLocation(harness.state) == marked)
    }

    // MARK: Search history

    @Test func upAndDownWalkEarlierSearchesKeptInTheReadingState() {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("/")] + keys("Tashkent") + [.enter], on: &state)
        ReaderFixture.press([.character("/")] + keys("Bhutto") + [.enter], on: &state)
        let effects = ReaderFixture.press([.character("s")] + keys("Tashkent") + [.enter, .escape], on: &state)
        #expect(state.library.positions.searches.queries == ["Bhutto", "Tashkent"])
        #expect(effects.contains(.savePositions(state.library.positions)))
        ReaderFixture.press([.character("/")] + keys("steel"), on: &state)
        ReaderFixture.press([.up], on: &state)
        #expect(state.prompt?.text == "Tashkent")
        ReaderFixture.press([.up, .up], on: &state)
        #expect(state.prompt?.text == "Bhutto")
        ReaderFixture.press([.down], on: &state)
        #expect(state.prompt?.text == "Tashkent")
        ReaderFixture.press([.down], on: &state)
        #expect(state.prompt?.text == "steel")
        ReaderFixture.press([.down], on: &state)
        #expect(state.prompt?.text == "steel")
        // An earlier query, edited, is the query; searched again, it is listed once.
        ReaderFixture.press([.up, .up, .backspace] + keys("o") + [.enter], on: &state)
        #expect(state.library.positions.searches.queries == ["Tashkent", "Bhutto"])
        #expect(state.reading.search?.query == "Bhutto")
    }

    @Test func theHistoryKeepsEachQueryOnceAndTheNewestHundred() throws {
        var history = SearchHistory()
        for index in 0..<150 { history.record("query \(index % 120)") }
        #expect(history.queries.count == SearchHistory.capacity)
        #expect(history.queries.last == "query 29")
        #expect(Set(history.queries).count == history.queries.count)
        // A query with a control character in an edited file is left out.
        let decoded = try JSONDecoder().decode(SearchHistory.self, from: Data(#"["ok", "bad\u001b[31m", "ok"]"#.utf8))
        #expect(decoded.queries == ["ok"])
    }

    // MARK: Copy

    @Test func yCopiesTheSelectionWithItsCitation() throws {
        let harness = try H()
        harness.openHanifIntroduction()
        harness.press(keys("c)v)"))
        harness.press(.character("y"))
        let expected = "“\(H.firstSentence)”\n— Muhammad Hanif, “Pakistan-Russia Relations: Progress, Prospects and Constraints”, 2013, § Introduction\n"
        #expect(harness.effects.last == .copyToClipboard(expected))
        #expect(harness.state.reading.mode.selection == nil)
        #expect(harness.state.message?.hasPrefix("Copied “In the Cold War period") == true)
        // Without a selection: the sentence at the character cursor.
        harness.press(.character(")"), .character("y"))
        guard case .copyToClipboard(let text)? = harness.effects.last else {
            Issue.record("y did not copy")
            return
        }
        #expect(text.hasPrefix("“\(H.secondSentence)”\n— Muhammad Hanif"))
    }

    // MARK: Redo

    @Test func ctrlRRedoesWhatUUndidAndSaysSo() throws {
        let harness = try H { harness in [harness.annotation("hanif", quote: H.firstSentence, body: "Keep me")] }
        harness.openHanifIntroduction()
        harness.press(.character("4"), .character("d"))
        #expect(try harness.stored().isEmpty)
        harness.press(.control("r"))
        #expect(harness.state.message == "Nothing to redo")
        harness.press(.character("u"))
        #expect(try harness.stored().count == 1)
        #expect(harness.state.message?.hasSuffix("Ctrl-R deletes it again") == true)
        harness.press(.control("r"))
        #expect(try harness.stored().isEmpty)
        #expect(harness.state.message?.hasPrefix("Redone: deleted the note on “In the Cold War") == true)
        #expect(harness.state.annotations.redo.isEmpty)
        // Undo and redo again; a new change ends what can be redone.
        harness.press(.character("u"))
        #expect(harness.state.annotations.redo.count == 1)
        harness.press(.character("d"))
        #expect(harness.state.annotations.redo.isEmpty)
        harness.press(.control("r"))
        #expect(harness.state.message == "Nothing to redo")
    }
}
