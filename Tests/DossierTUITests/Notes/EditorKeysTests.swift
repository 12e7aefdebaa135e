@testable import DossierCore
import Testing
@testable import DossierTUI

/// The note editor's keys come from the key table like every other key: `?` lists
/// them, the status line shows them while a note is written, and a table that binds
/// them differently changes what they do.
@Suite("Note editor: keys from the key table")
struct EditorKeysTests {
    /// hanif's Introduction, its first sentence selected and a note being written on it.
    func writing() throws -> NotesHarness {
        let harness = try NotesHarness()
        harness.openHanifIntroduction()
        harness.press(.character("c"), .character(")"), .character("v"), .character(")"), .character("a"))
        return harness
    }

    @Test func theStatusLineShowsTheEditorsKeysNotQuit() throws {
        let harness = try writing()
        #expect(KeyReducer.activeContexts(harness.state) == [.editor])
        let status = try #require(harness.render().textLines().last)
        #expect(status.contains("Ctrl-S save  Esc cancel  Ctrl-X $EDITOR"), "\(status)")
        #expect(!status.contains("quit"), "\(status)")
    }

    @Test func theDiscardQuestionShowsItsAnswersFromTheTable() throws {
        let harness = try writing()
        harness.type("Uneasy")
        harness.press(.escape)
        #expect(KeyReducer.activeContexts(harness.state) == [.confirmation])
        let screen = harness.render().textLines()
        #expect(screen.contains { $0.contains("Discard changes? y/n") })
        #expect(screen.last?.contains("y discard  n keep writing") == true, "\(screen.last ?? "")")
        harness.press(.character("n"))
        #expect(KeyReducer.activeContexts(harness.state) == [.editor])
    }

    @Test func helpListsEveryEditingKey() {
        let editor = KeyMap.defaults.groups.first { $0.group == "Note editor" }?.bindings ?? []
        let commands = Set(editor.map(\.command))
        for command: Command in [.save, .cancel, .editInEditor, .newline, .insertTab, .deleteBackward, .deleteForward,
                                 .cursorLeft, .cursorRight, .lineUp, .lineDown, .pageUp, .pageDown, .lineStart, .lineEnd,
                                 .deleteToLineEnd, .deleteToLineStart, .deleteWordBackward, .confirm, .refuse] {
            #expect(commands.contains(command), "\(command) is not in the help's editor group")
        }
        #expect(HelpContent.rows().contains(.binding(keys: "Ctrl-W", help: "Delete the word before the cursor", context: "Note editor")))
    }

    @Test func theEditorDoesWhatTheTableSays() {
        // Ctrl-W rebound to delete to the line's start: the editor follows the table.
        var bindings = KeyMap.defaults.bindings.filter { !($0.context == .editor && $0.command == .deleteToLineStart) }
        bindings.append(KeyBinding(.deleteToLineStart, group: "Note editor", context: .editor, keys: [.control("b")], help: "Delete to the start of the line"))
        let table = KeyMap(bindings: bindings)
        var editor = NoteEditorState(purpose: .create(article: "hanif", range: TextRange(start: 0, end: 5), kind: .note),
                                     quote: "quote", body: "", screen: Size(width: 80, height: 24))
        for character in "one two" { editor.handle(.character(character), keyMap: table) }
        editor.handle(.control("b"), keyMap: table)
        #expect(editor.body == "")
        // Ctrl-U is no longer bound in the editor, so it does nothing (it is not typed).
        for character in "three" { editor.handle(.character(character), keyMap: table) }
        editor.handle(.control("u"), keyMap: table)
        #expect(editor.body == "three")
    }

    @Test func messagesNameKeysThroughTheTable() {
        #expect(KeyMap.defaults.keyName(.cancel, in: .global) == "Esc")
        #expect(KeyMap.defaults.keyName(.save, in: .editor) == "Ctrl-S")
        #expect(KeyMap.defaults.keyName(.reattach, in: .selection) == "R")
        #expect(NoteAtHand.nothingHere == "No note here: select text (v, or c then v) and press a; or pick a note in the notes pane (4)")
    }
}
