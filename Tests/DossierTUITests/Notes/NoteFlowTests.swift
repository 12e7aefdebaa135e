@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// (state, key) → state for highlighting, annotating, editing, deleting and undoing,
/// with a real notes database in a temporary folder: every change reaches the store.
@Suite("Reader: notes, from keys to the store")
struct NoteFlowTests {
    typealias H = NotesHarness

    /// hanif's Introduction with its first sentence selected (c ) v )).
    func firstSentenceSelected(_ annotations: @escaping (NotesHarness) throws -> [Annotation] = { _ in [] }) throws -> NotesHarness {
        let harness = try NotesHarness(annotations: annotations)
        harness.openHanifIntroduction()
        harness.press(.character("c"), .character(")"), .character("v"), .character(")"))
        return harness
    }

    @Test func hHighlightsTheSelectionInTheStoreAndOnScreen() throws {
        let harness = try firstSentenceSelected()
        harness.press(.character("h"))
        let stored = try harness.stored()
        #expect(stored.count == 1)
        #expect(stored.first?.kind == .highlight)
        #expect(stored.first?.quote == H.firstSentence)
        #expect(stored.first?.collection == "pakistan-and-russia")
        #expect(harness.state.reading.mode.selection == nil)
        #expect(harness.state.reading.mode.textCursor != nil)   // back to cursor mode
        #expect(harness.state.message?.hasPrefix("Highlighted “In the Cold War") == true)
        #expect(harness.state.annotations.derived.highlights.entries.count == 1)
        // The passage's cells carry the highlight style; the next sentence's do not.
        let screen = harness.render()
        let lines = screen.textLines()
        let row = try #require(lines.firstIndex { $0.contains("In the Cold War period") })
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: "In the Cold")!.lowerBound)
        let theme = Theme.standard(for: .palette256)
        #expect(screen[column + 3, row].style.background == theme.noteHighlight.background)
        let after = try #require(lines.firstIndex { $0.contains("After Cold War's end") })
        let afterColumn = lines[after].distance(from: lines[after].startIndex, to: lines[after].range(of: "After Cold")!.lowerBound)
        #expect(screen[afterColumn + 1, after].style.background != theme.noteHighlight.background)
        #expect(lines.contains { $0.contains("▪ “In the Cold War period") })
    }

    @Test func aWritesANoteInThePopupAndSavesItWithCtrlS() throws {
        let harness = try firstSentenceSelected()
        harness.press(.character("a"))
        guard case .noteEditor(let editor)? = harness.state.overlay else {
            Issue.record("no editor")
            return
        }
        #expect(editor.quote == H.firstSentence)
        #expect(harness.render().text.contains("Ctrl-S save · Esc cancel · Ctrl-X $EDITOR"))
        harness.type("Uneasy, says hanif.\nSee [[event:soviet-dissolution-1991]]")
        #expect(try harness.stored().isEmpty)
        harness.press(.control("s"))
        #expect(harness.state.overlay == nil)
        let stored = try harness.stored()
        #expect(stored.count == 1)
        #expect(stored.first?.kind == .note)
        #expect(stored.first?.body == "Uneasy, says hanif.\nSee [[event:soviet-dissolution-1991]]")
        #expect(harness.state.notes.selected == stored.first?.id)
        // The notes pane lists it, and the event it links to is marked in the timeline.
        let text = harness.render().text
        #expect(text.contains("›✎ “In the Cold War period"))
        #expect(text.contains("Uneasy, says hanif."))
        #expect(harness.state.annotations.derived.notedEvents.contains("soviet-dissolution-1991"))
        #expect(text.contains("✎1991  The dissolution of the"))
    }

    @Test func capitalQWritesAQuestionOnTheSelection() throws {
        let harness = try firstSentenceSelected()
        harness.press(.character("Q"))
        guard case .noteEditor(let editor)? = harness.state.overlay else {
            Issue.record("no editor")
            return
        }
        #expect(editor.quote == H.firstSentence)
        harness.type("Uneasy since when?")
        harness.press(.control("s"))
        let stored = try harness.stored()
        #expect(stored.count == 1)
        #expect(stored.first?.kind == .question)
        #expect(stored.first?.body == "Uneasy since when?")
    }

    @Test func capitalQWithoutASelectionAsksForOne() throws {
        let harness = try NotesHarness()
        harness.openHanifIntroduction()
        harness.press(.character("c"), .character("Q"))
        #expect(harness.state.overlay == nil)
        #expect(try harness.stored().isEmpty)
    }

    @Test func cancellingAsksBeforeDiscardingAndSavesNothing() throws {
        let harness = try firstSentenceSelected()
        harness.press(.character("a"), .escape)
        #expect(harness.state.overlay == nil)               // nothing typed: closes at once
        harness.press(.character("a"))
        harness.type("draft")
        harness.press(.escape)
        #expect(harness.render().text.contains("Discard changes? y/n"))
        harness.press(.character("n"))
        guard case .noteEditor(let editor)? = harness.state.overlay else {
            Issue.record("the editor closed")
            return
        }
        #expect(editor.body == "draft")
        harness.press(.escape, .character("y"))
        #expect(harness.state.overlay == nil)
        #expect(try harness.stored().isEmpty)
        #expect(harness.state.reading.mode.selection != nil)   // the selection is still there
    }

    @Test func aFailedSaveKeepsTheEditorAndItsText() throws {
        let harness = try NotesHarness { [$0.annotation("hanif", quote: H.firstSentence, body: "First thoughts")] }
        harness.openHanifIntroduction()
        harness.press(.character("4"), .character("a"))
        harness.type(" and second ones")
        // Another process deletes the note meanwhile.
        let id = try #require(try harness.stored().first?.id)
        try harness.store.delete(id: id)
        harness.press(.control("s"))
        #expect(harness.state.message?.hasPrefix("Could not save the note") == true)
        guard case .noteEditor(let editor)? = harness.state.overlay else {
            Issue.record("the editor closed on a failed save")
            return
        }
        #expect(editor.body == "First thoughts and second ones")
        #expect(editor.isDirty)
    }

    @Test func theEditorNeverClosesOnAClickOutsideIt() throws {
        let harness = try firstSentenceSelected()
        harness.press(.character("a"))
        harness.type("text")
        harness.dispatch(.input(.mouse(MouseEvent(.press, x: 0, y: 0))))
        guard case .noteEditor(let editor)? = harness.state.overlay else {
            Issue.record("a click closed the editor")
            return
        }
        #expect(editor.body == "text")
    }

    @Test func aResizeKeepsTheNoteBeingWritten() throws {
        let harness = try firstSentenceSelected()
        harness.press(.character("a"))
        harness.type("Kept across a resize")
        harness.dispatch(.input(.resize(Size(width: 80, height: 24))))
        harness.dispatch(.input(.resize(Size(width: 30, height: 8))))
        harness.press(.character("x"), .escape)              // too small: keys are ignored, never lost
        harness.dispatch(.input(.resize(Size(width: 100, height: 30))))
        guard case .noteEditor(let editor)? = harness.state.overlay else {
            Issue.record("the editor closed")
            return
        }
        #expect(editor.body == "Kept across a resize")
        #expect(editor.viewport == NoteEditorGeometry(screen: Size(width: 100, height: 30), quote: editor.quote).textArea.size)
        harness.press(.control("s"))
        #expect(try harness.stored().map(\.body) == ["Kept across a resize"])
    }

    @Test func theNotesPaneAnswersTheMouse() throws {
        let harness = try NotesHarness { h in [
            h.annotation("hanif", quote: H.firstSentence, body: "First"),
            h.annotation("hanif", quote: H.secondSentence, body: "Second"),
        ] }
        harness.openHanifIntroduction()
        let rect = try #require(harness.state.screenLayout.rect(for: .notes))
        let lines = harness.render().textLines()
        let row = try #require(lines.firstIndex { $0.contains("✎ “After Cold War's end") })
        harness.dispatch(.input(.mouse(MouseEvent(.press, x: rect.x + 3, y: row))))
        #expect(harness.state.focus == .notes)
        let second = try #require(try harness.stored().first { $0.body == "Second" })
        #expect(harness.state.notes.selected == second.id)
        harness.dispatch(.input(.mouse(MouseEvent(.wheelUp, x: rect.x + 3, y: row))))
        #expect(harness.state.notes.selected != second.id)
        // A click on the selected note opens its passage.
        harness.dispatch(.input(.mouse(MouseEvent(.wheelDown, x: rect.x + 3, y: row))))
        let before = harness.state.history.back.count
        harness.dispatch(.input(.mouse(MouseEvent(.press, x: rect.x + 3, y: row))))
        #expect(harness.state.history.back.count == before + 1)
    }

    @Test func theHelpOverlayListsTheNotesKeys() {
        let rows = HelpContent.rows()
        func has(_ keys: String, _ help: String) -> Bool {
            rows.contains { if case .binding(keys, let text, _) = $0 { return text.hasPrefix(help) } else { return false } }
        }
        #expect(has("c", "Cursor mode"))
        #expect(has("v", "Start selecting text"))
        #expect(has("h", "Highlight the selection"))
        #expect(has("a", "Write a note on the selection"))
        #expect(has("o", "Go to the other end"))
        #expect(has("E", "Edit that note in $VISUAL"))
        #expect(has("d", "Delete that note"))
        #expect(has("u", "Undo the last deletion"))
        #expect(has("l", "Follow the note's [[link]]"))
        #expect(has("Ctrl-X", "Go on writing in $VISUAL"))
        #expect(has("w", "Start of the next word"))
        #expect(has(")", "Next sentence"))
        #expect(has("}", "Next paragraph"))
    }

    @Test func anEmptyNoteIsSavedAsAHighlight() throws {
        let harness = try firstSentenceSelected()
        harness.press(.character("a"), .control("s"))
        #expect(try harness.stored().map(\.kind) == [.highlight])
    }

    @Test func aEditsTheSelectedNoteAndAHighlightGivenTextBecomesANote() throws {
        let harness = try NotesHarness { [$0.annotation("hanif", quote: H.firstSentence, kind: .highlight)] }
        harness.openHanifIntroduction()
        harness.press(.character("4"), .character("a"))
        harness.type("Now with a text")
        harness.press(.control("s"))
        let stored = try #require(try harness.stored().first)
        #expect(stored.body == "Now with a text")
        #expect(stored.kind == .note)
        #expect(harness.state.overlay == nil)
        // Unchanged text: nothing to save.
        harness.press(.character("a"), .control("s"))
        #expect(harness.state.message == "No changes")
    }

    @Test func dDeletesAndUUndoes() throws {
        let harness = try NotesHarness { [$0.annotation("hanif", quote: H.firstSentence, body: "Keep me")] }
        harness.openHanifIntroduction()
        let original = try #require(try harness.stored().first)
        // From the reading pane: the note on the cursor line.
        let layout = try #require(harness.state.laidOutArticle)
        let line = try #require(layout.lines.indices.first { layout.lines[$0].line.text.hasPrefix("In the Cold War") })
        harness.press(Array(repeating: .character("j"), count: line - harness.state.reading.cursorLine))
        harness.press(.character("d"))
        #expect(try harness.stored().isEmpty)
        #expect(harness.state.message?.contains("u undoes") == true)
        #expect(harness.state.annotations.derived.highlights.isEmpty)
        harness.press(.character("u"))
        let restored = try #require(try harness.stored().first)
        #expect(restored.id == original.id)
        #expect(restored.body == "Keep me")
        #expect(restored.created == original.created)
        harness.press(.character("u"))
        #expect(harness.state.message == "Nothing to undo")
        // From the notes pane: the selected note.
        harness.press(.character("4"), .character("d"))
        #expect(try harness.stored().isEmpty)
    }

    @Test func eWritesInTheExternalEditor() throws {
        let harness = try firstSentenceSelected()
        harness.editor = { request in .edited(request.body + "Written at length in $EDITOR") }
        harness.press(.character("E"))
        #expect(try harness.stored().map(\.body) == ["Written at length in $EDITOR"])
        #expect(harness.state.overlay == nil)
        // E on the note: changed text is saved; unchanged text is not.
        harness.press(.escape, .character("4"), .character("E"))
        #expect(try harness.stored().map(\.body) == ["Written at length in $EDITORWritten at length in $EDITOR"])
        harness.editor = { .edited($0.body) }
        harness.press(.character("E"))
        #expect(harness.state.message == "No changes to the note")
        // A failing editor changes nothing.
        harness.editor = { _ in .failed("The editor “false” exited with status 1; the note is unchanged") }
        harness.press(.character("E"))
        #expect(harness.state.message?.contains("status 1") == true)
        #expect(try harness.stored().count == 1)
    }

    @Test func ctrlXInThePopupBringsTheEditorsTextBackToSave() throws {
        let harness = try firstSentenceSelected()
        harness.editor = { .edited($0.body + " — and more") }
        harness.press(.character("a"))
        harness.type("Short")
        harness.press(.control("x"))
        guard case .noteEditor(let editor)? = harness.state.overlay else {
            Issue.record("the popup closed")
            return
        }
        #expect(editor.body == "Short — and more")
        #expect(try harness.stored().isEmpty)        // not saved until Ctrl-S
        harness.press(.control("s"))
        #expect(try harness.stored().map(\.body) == ["Short — and more"])
    }

    @Test func notesAreOffWhileUnavailableAndTheSelectionStays() throws {
        let harness = try firstSentenceSelected()
        harness.dispatch(.notesUnavailable("The notes database /x was written by a newer version of Dossier"))
        harness.press(.character("h"))
        #expect(harness.state.message?.hasPrefix("Notes are off") == true)
        #expect(harness.state.reading.mode.selection != nil)
        #expect(harness.render().text.contains("Notes are off."))
    }
}
