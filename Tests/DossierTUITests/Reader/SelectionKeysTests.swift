@testable import DossierCore
import Testing
@testable import DossierTUI

/// (state, key) → state for the reading pane's cursor and selection: `c` and `v`, the
/// vi motions, `o`, Esc, and the mouse.
@Suite("Reader: cursor and selection keys")
struct SelectionKeysTests {
    typealias H = NotesHarness

    /// hanif's Introduction, cursor line on its heading.
    func introduction() throws -> NotesHarness {
        let harness = try NotesHarness()
        harness.openHanifIntroduction()
        return harness
    }

    func selectedText(_ state: AppState) -> String? {
        guard let selection = state.reading.mode.selection, let text = state.library.selectableTexts[state.reading.articleID] else { return nil }
        return text.text(in: selection.range(in: text))
    }

    func cursorText(_ state: AppState, length: Int = 5) -> String? {
        guard let cursor = state.reading.mode.textCursor, let document = state.document else { return nil }
        return document.plainText.text(in: TextRange(start: cursor.offset, end: min(document.plainText.count, cursor.offset + length)))
    }

    @Test func readingKeysStayLessLikeUntilCursorMode() throws {
        let harness = try introduction()
        #expect(harness.state.reading.mode == .reading)
        #expect(KeyReducer.activeContexts(harness.state) == [.reading])
        // c: a character cursor at the start of the cursor line (the heading).
        harness.press(.character("c"))
        #expect(cursorText(harness.state, length: 12) == "Introduction")
        #expect(KeyReducer.activeContexts(harness.state) == [.cursor, .reading])
        #expect(harness.render().text.contains(" CURSOR "))
        // ) to the next sentence, w to the next word, b back, e to the end of the word.
        harness.press(.character(")"))
        #expect(cursorText(harness.state, length: 6) == "In the")
        harness.press(.character("w"), .character("w"))
        #expect(cursorText(harness.state, length: 4) == "Cold")
        harness.press(.character("b"))
        #expect(cursorText(harness.state, length: 3) == "the")
        harness.press(.character("e"))
        #expect(cursorText(harness.state, length: 2) == "e ")
        harness.press(.right, .character("l"), .left)
        #expect(cursorText(harness.state, length: 2) == " C")
        // The cursor line follows the cursor.
        let layout = try #require(harness.state.laidOutArticle)
        #expect(harness.state.reading.cursorLine == layout.lineShowing(harness.state.reading.mode.textCursor!.offset))
        // Esc leaves cursor mode: b pages back again.
        harness.press(.escape)
        #expect(harness.state.reading.mode == .reading)
        #expect(KeyMap.defaults.command(for: .character("b"), in: KeyReducer.activeContexts(harness.state)) == .pageUp)
    }

    @Test func vThenSentenceMotionSelectsAWholeSentence() throws {
        let harness = try introduction()
        harness.press(.character("c"), .character(")"), .character("v"), .character(")"))
        #expect(selectedText(harness.state) == H.firstSentence)
        #expect(harness.render().text.contains(" SELECT "))
        #expect(harness.render().text.contains("h highlight  a note  o other end  Esc cancel"))
        // ) again takes the next sentence too; ( gives it back.
        harness.press(.character(")"))
        #expect(selectedText(harness.state) == H.firstSentence + " " + H.secondSentence)
        harness.press(.character("("))
        #expect(selectedText(harness.state) == H.firstSentence)
        // o swaps the ends: the cursor is now at the sentence's start.
        harness.press(.character("o"))
        #expect(cursorText(harness.state, length: 6) == "In the")
        #expect(selectedText(harness.state) == H.firstSentence)
        // Esc ends the selection and, since it was started from cursor mode, goes back there.
        harness.press(.escape)
        #expect(harness.state.reading.mode.selection == nil)
        #expect(harness.state.reading.mode.textCursor != nil)
        harness.press(.escape)
        #expect(harness.state.reading.mode == .reading)
    }

    @Test func selectionGrowsByWordLineAndParagraph() throws {
        let harness = try introduction()
        harness.press(.character("c"), .character(")"), .character("v"))
        #expect(selectedText(harness.state) == "I")
        harness.press(.character("w"))
        #expect(selectedText(harness.state) == "In t")
        harness.press(.character("e"))
        #expect(selectedText(harness.state) == "In the")
        harness.press(.down)
        let line = try #require(selectedText(harness.state))
        #expect(line.hasPrefix("In the Cold War period relations between Pakistan and the"))
        #expect(line.hasSuffix("then U"))   // down keeps the column (5)
        harness.press(.character("}"))
        let paragraph = try #require(selectedText(harness.state))
        #expect(paragraph.hasPrefix(H.firstSentence + " " + H.secondSentence))
        #expect(paragraph.hasSuffix("interest in the post-Cold War era."))
        // v again stops selecting.
        harness.press(.character("v"))
        #expect(harness.state.reading.mode.selection == nil)
    }

    @Test func vFromReadingSelectsFromTheCursorLineAndEscReturnsToReading() throws {
        let harness = try introduction()
        harness.press(.character("j"), .character("j"), .character("v"), .character("e"))
        #expect(selectedText(harness.state) == "In")
        harness.press(.escape)
        #expect(harness.state.reading.mode == .reading)
    }

    @Test func pagingWithACursorTakesTheCursorAlong() throws {
        let harness = try introduction()
        harness.press(.character("c"))
        let before = try #require(harness.state.reading.mode.textCursor?.offset)
        harness.press(.character(" "))
        let after = try #require(harness.state.reading.mode.textCursor?.offset)
        #expect(after > before)
        let layout = try #require(harness.state.laidOutArticle)
        let line = layout.lineShowing(after)
        #expect(line >= harness.state.reading.topLine && line < harness.state.reading.topLine + harness.state.readingHeight)
        #expect(harness.state.reading.cursorLine == line)
    }

    @Test func aResizeKeepsTheCursorOnItsCharacter() throws {
        let harness = try introduction()
        harness.press(.character("c"), .character(")"), .character("w"), .character("w"))
        let offset = try #require(harness.state.reading.mode.textCursor?.offset)
        harness.dispatch(.input(.resize(Size(width: 80, height: 24))))
        #expect(harness.state.reading.mode.textCursor?.offset == offset)
        let layout = try #require(harness.state.laidOutArticle)
        #expect(harness.state.reading.cursorLine == layout.lineShowing(offset))
    }

    @Test func aMouseDragSelectsAndADoubleClickSelectsAWord() throws {
        let harness = try introduction()
        let rect = try #require(harness.state.screenLayout.rect(for: .reading))
        let body = PaneGeometry.body(of: rect)
        let layout = try #require(harness.state.laidOutArticle)
        let first = try #require(layout.lines.indices.first { index in
            layout.lines[index].line.text.hasPrefix("In the Cold War") && index >= harness.state.reading.topLine
        })
        let y = body.y + first - harness.state.reading.topLine
        let x = body.x + PaneGeometry.readingGutter
        harness.dispatch(.input(.mouse(MouseEvent(.press, x: x, y: y))))
        #expect(harness.state.reading.dragAnchor != nil)
        harness.dispatch(.input(.mouse(MouseEvent(.drag, x: x + 10, y: y))))
        harness.dispatch(.input(.mouse(MouseEvent(.drag, x: x + 1, y: y + 1))))
        harness.dispatch(.input(.mouse(MouseEvent(.release, x: x + 3, y: y + 1))))
        let selected = try #require(selectedText(harness.state))
        #expect(selected.hasPrefix("In the Cold War period relations between Pakistan and the"))
        #expect(selected.hasSuffix("then"))
        #expect(harness.state.reading.dragAnchor == nil)
        #expect(harness.state.message?.contains("h highlights") == true)
        // A press elsewhere ends the selection.
        harness.dispatch(.input(.mouse(MouseEvent(.press, x: x, y: y + 2))))
        harness.dispatch(.input(.mouse(MouseEvent(.release, x: x, y: y + 2))))
        #expect(harness.state.reading.mode == .reading)
        // A double click selects the word under the pointer.
        harness.dispatch(.input(.mouse(MouseEvent(.doubleClick, x: x + 8, y: y))))
        #expect(selectedText(harness.state) == "Cold")
    }

    @Test func theSelectionAndCursorAreDrawnByColumns() throws {
        let harness = try introduction()
        harness.press(.character("c"), .character(")"), .character("v"), .character("e"))
        let screen = harness.render()
        let theme = Theme.standard(for: .palette256)
        let rowIndex = try #require(screen.textLines().firstIndex { $0.contains("In the Cold War period") })
        let column = try #require(screen.textLines()[rowIndex].range(of: "In the Cold").map { screen.textLines()[rowIndex].distance(from: screen.textLines()[rowIndex].startIndex, to: $0.lowerBound) })
        // "In" selected (reverse), "In" ends at the cursor (cyan), the space after is plain.
        #expect(screen[column, rowIndex].style.attributes.contains(.reverse))
        #expect(screen[column + 1, rowIndex].style.background == theme.textCursor.background)
        #expect(!screen[column + 2, rowIndex].style.attributes.contains(.reverse))
    }
}
