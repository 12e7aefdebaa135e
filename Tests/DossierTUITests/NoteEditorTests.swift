@testable import DossierCore
@testable import DossierNotes
import Testing
@testable import DossierTUI

/// The note editor's state: typing, grapheme clusters, moving, scrolling, saving, and
/// asking before changes are thrown away.
@Suite("Note editor: editing")
struct NoteEditorTests {
    static let purpose = NoteEditorPurpose.create(article: "hanif", range: TextRange(start: 10, end: 30), kind: .note)

    func editor(_ body: String = "", screen: Size = Size(width: 80, height: 24)) -> NoteEditorState {
        NoteEditorState(purpose: Self.purpose, quote: "the Tashkent Declaration", body: body, screen: screen)
    }

    func type(_ text: String, into editor: inout NoteEditorState) {
        for character in text { #expect(editor.handle(.character(character)) == nil) }
    }

    @Test func typingLinesAndSaving() {
        var state = editor()
        #expect(!state.isDirty)
        type("Tashkent", into: &state)
        state.handle(.enter)
        type("1966: see [[event:tashkent-declaration]]", into: &state)
        #expect(state.body == "Tashkent\n1966: see [[event:tashkent-declaration]]")
        #expect(state.isDirty)
        #expect(state.handle(.control("s")) == .save(body: state.body))
    }

    @Test func keysThatMeanSomethingElseOutsideTypeInTheEditor() {
        var state = editor()
        type("q?hjk/", into: &state)
        #expect(state.body == "q?hjk/")
        state.handle(.tab)
        #expect(state.body == "q?hjk/    ")
    }

    @Test func clustersAreTypedAndDeletedWhole() {
        var state = editor()
        type("cafe", into: &state)
        state.handle(.character("\u{301}"))
        #expect(state.body == "café")
        #expect(state.body.count == 4)
        state.handle(.backspace)
        #expect(state.body == "caf")
        state.insert("👨‍👩‍👧🇵🇰")
        state.handle(.backspace)
        #expect(state.body == "caf👨‍👩‍👧")
        state.handle(.left)
        state.handle(.left)
        state.handle(.delete)
        #expect(state.body == "ca👨‍👩‍👧")
        state.handle(.right)
        #expect(state.text.cursor.offset == state.text.currentLine.unicodeScalars.count)
    }

    @Test func aCombiningMarkBeforeTheCursorJoinsTheLetterAfterTyping() {
        var text = EditorText("\u{301}x")
        text.move(to: EditorPosition(line: 0, offset: 0))
        text.insert("e")
        // "e" + U+0301 form one cluster; the cursor goes after it, never inside.
        #expect(text.text == "éx")
        #expect(text.cursor.offset == 2)
    }

    @Test func movingAndJoiningLines() {
        var state = editor("one\ntwo")
        state.handle(.home)
        state.handle(.left)
        #expect(state.text.cursor == EditorPosition(line: 0, offset: 3))
        state.handle(.right)
        #expect(state.text.cursor == EditorPosition(line: 1, offset: 0))
        state.handle(.backspace)
        #expect(state.body == "onetwo")
        #expect(state.text.cursor == EditorPosition(line: 0, offset: 3))
        state.handle(.enter)
        state.handle(.up)
        state.handle(.end)
        state.handle(.delete)
        #expect(state.body == "onetwo")
        state.handle(.control("a"))
        #expect(state.text.cursor.offset == 0)
        state.handle(.control("e"))
        #expect(state.text.cursor.offset == 6)
    }

    @Test func lineEditingShortcuts() {
        var state = editor("Simla Agreement 1972")
        state.handle(.control("w"))
        #expect(state.body == "Simla Agreement ")
        state.handle(.control("w"))
        #expect(state.body == "Simla ")
        state.handle(.home)
        state.handle(.control("k"))
        #expect(state.body == "")
        type("ab", into: &state)
        state.handle(.control("u"))
        #expect(state.body == "")
    }

    @Test func pastesDropControlsAndReadLineBreaks() {
        var state = editor()
        state.insert("a\u{1B}[31mb\r\nc\u{202E}d\te")
        #expect(state.body == "a[31mb\ncd    e")
        #expect(state.text.cursor == EditorPosition(line: 1, offset: 7))
    }

    @Test func cancelWithoutChangesClosesAtOnce() {
        var state = editor("kept")
        #expect(state.handle(.escape) == .close)
    }

    @Test func cancelWithChangesAsksFirst() {
        var state = editor("kept")
        type("!", into: &state)
        #expect(state.handle(.escape) == nil)
        #expect(state.isConfirmingDiscard)
        // Other keys do not type while the question shows.
        #expect(state.handle(.character("x")) == nil)
        #expect(state.body == "kept!")
        // n goes back to the text, unchanged.
        #expect(state.handle(.character("n")) == nil)
        #expect(!state.isConfirmingDiscard)
        type("?", into: &state)
        #expect(state.body == "kept!?")
        // Esc again asks again; Esc answers "no".
        state.handle(.escape)
        #expect(state.handle(.escape) == nil)
        #expect(!state.isConfirmingDiscard)
        // y throws the changes away.
        state.handle(.escape)
        #expect(state.handle(.character("y")) == .close)
    }

    @Test func savingFromTheDiscardQuestion() {
        var state = editor()
        type("draft", into: &state)
        state.handle(.escape)
        #expect(state.handle(.control("s")) == .save(body: "draft"))
    }

    @Test func saveAndCancelKeysComeFromTheKeyTable() {
        var bindings = KeyMap.defaults.bindings.filter { $0.context != .editor || ![.save, .cancel, .editInEditor].contains($0.command) }
        bindings.append(KeyBinding(.save, group: "Popups", context: .editor, keys: [.control("x")], help: "Save", hint: "save"))
        bindings.append(KeyBinding(.cancel, group: "Popups", context: .editor, keys: [.control("g")], help: "Cancel", hint: "cancel"))
        let keyMap = KeyMap(bindings: bindings)
        var state = editor()
        #expect(state.handle(.control("s"), keyMap: keyMap) == nil)
        #expect(state.handle(.character("a"), keyMap: keyMap) == nil)
        #expect(state.handle(.control("g"), keyMap: keyMap) == nil)
        #expect(state.isConfirmingDiscard)
        #expect(state.handle(.control("x"), keyMap: keyMap) == .save(body: "a"))
        #expect(NoteEditorView.keyHints(keyMap) == "Ctrl-X save · Ctrl-G cancel")
        #expect(NoteEditorView.keyHints(.defaults) == "Ctrl-S save · Esc cancel · Ctrl-X $EDITOR")
    }

    @Test func externalEditsKeepTheNoteDirtyUntilSaved() {
        var state = editor("before")
        state.replaceBody("after\nlong")
        #expect(state.isDirty)
        #expect(state.text.cursor == EditorPosition(line: 1, offset: 4))
        state.markSaved()
        #expect(!state.isDirty)
        #expect(state.handle(.escape) == .close)
    }

    @Test func upAndDownMoveByScreenRowsOfWrappedText() {
        // A 26-column screen leaves 20 columns of text inside the popup's border and padding.
        var state = editor(screen: Size(width: 26, height: 16))
        #expect(state.viewport.width == 20)
        state.insert("Pakistan and the Soviet Union established relations.\nShort")
        #expect(state.layout.rows.map(\.wrapped.text) == ["Pakistan and the", "Soviet Union", "established", "relations.", "Short"])
        state.handle(.up)
        #expect(state.cursorLocation == (row: 3, column: 5))
        state.handle(.up)
        state.handle(.up)
        #expect(state.cursorLocation == (row: 1, column: 5))
        #expect(state.text.cursor == EditorPosition(line: 0, offset: 22))
        // Past the end of a shorter row the cursor stays on that row, on its last
        // character, and the column it aimed for is kept.
        state.moveCursor(toRow: 0, column: 15)
        state.handle(.down)
        #expect(state.cursorLocation == (row: 1, column: 11))
        state.handle(.down)
        #expect(state.cursorLocation == (row: 2, column: 10))
        state.handle(.down)
        #expect(state.cursorLocation == (row: 3, column: 10))
        // Up on the first row goes to the start of the text.
        for _ in 0..<4 { state.handle(.up) }
        #expect(state.text.cursor == EditorPosition(line: 0, offset: 0))
    }

    @Test func theTextScrollsToKeepTheCursorInView() {
        var state = editor(screen: Size(width: 40, height: 12))
        let rows = state.viewport.height
        #expect(rows == 4)
        state.insert((1...10).map { "line \($0)" }.joined(separator: "\n"))
        #expect(state.top == 10 - rows)
        for _ in 0..<5 { state.handle(.pageUp) }
        #expect(state.top == 0)
        #expect(state.text.cursor.line == 0)
        state.handle(.pageDown)
        #expect(state.text.cursor.line == rows - 1)
        #expect(state.top == 0)
        state.handle(.down)
        #expect(state.top == 1)
        state.resize(screen: Size(width: 40, height: 30))
        #expect(state.viewport.height == 10)
        #expect(state.top == 0)
    }

    @Test func indentedLinesKeepTheirIndentWhenWrapped() {
        let text = EditorText("- a list item that wraps\n    indented code and more")
        let layout = EditorLayout(text, width: 14)
        #expect(layout.rows.map(\.wrapped.text) == ["- a list item", "that wraps", "    indented", "    code and", "    more"])
        #expect(layout.location(of: EditorPosition(line: 1, offset: 2), in: text) == (row: 2, column: 2))
        #expect(layout.location(of: EditorPosition(line: 1, offset: 13), in: text) == (row: 3, column: 4))
        #expect(layout.position(row: 4, column: 1, in: text) == EditorPosition(line: 1, offset: 22))
        #expect(layout.position(row: 4, column: 30, in: text) == EditorPosition(line: 1, offset: 26))
    }

    @Test func wideTextWrapsAndTheCursorLandsOnColumns() {
        let text = EditorText("巴基斯坦和苏联建交。")
        let layout = EditorLayout(text, width: 9)
        #expect(layout.rows.map(\.wrapped.text) == ["巴基斯坦", "和苏联建", "交。"])
        #expect(layout.location(of: EditorPosition(line: 0, offset: 5), in: text) == (row: 1, column: 2))
        #expect(layout.location(of: EditorPosition(line: 0, offset: 10), in: text) == (row: 2, column: 4))
        #expect(layout.position(row: 1, column: 3, in: text) == EditorPosition(line: 0, offset: 5))
    }

    @Test func theCursorOffsetInTheWholeText() {
        var text = EditorText("ab\n[[event:x]]")
        text.move(to: EditorPosition(line: 1, offset: 4))
        #expect(text.cursorOffsetInText == 7)
    }
}
