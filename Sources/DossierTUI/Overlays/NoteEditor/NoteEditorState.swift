/// The note editor popup: a multi-line text being written, its scroll, whether it
/// changed, and the "discard changes? y/n" question. A pure value: the reducer feeds
/// it keys with ``handle(_:keyMap:)`` and acts on the ``NoteEditorAction`` returned.
///
/// Keys (the save and cancel keys come from the key table's `editor` context, so the
/// popup's frame and the help overlay show the same ones):
/// - save (Ctrl-S): ``NoteEditorAction/save(body:)``;
/// - cancel (Esc): closes at once when nothing changed, else asks "Discard changes?
///   y/n" — `y` closes without saving, `n` or Esc goes back to the text, Ctrl-S saves;
/// - Enter: new line; Tab: four spaces; Backspace/Delete: delete a character (a
///   whole grapheme cluster);
/// - arrows, Home/End, PgUp/PgDn: move (up/down by screen rows of the wrapped text);
/// - Ctrl-A/Ctrl-E: line start/end; Ctrl-K/Ctrl-U: delete to line end/start;
///   Ctrl-W: delete the word before the cursor;
/// - every other printable key types itself.
///
/// ```swift
/// var editor = NoteEditorState(purpose: .create(article: "hanif", range: range, kind: .note),
///                              quote: "the Tashkent Declaration", screen: state.size)
/// if let action = editor.handle(.control("s")) { … }   // .save(body: …)
/// ```
struct NoteEditorState: Hashable, Sendable {
    /// What is being written.
    var purpose: NoteEditorPurpose
    /// The passage annotated, shown above the text.
    let quote: String
    /// The text and its cursor.
    private(set) var text: EditorText
    /// The body as it was when the editor opened (or was last saved).
    private(set) var original: String
    /// The first screen row of the wrapped text shown.
    private(set) var top = 0
    /// Whether the "Discard changes? y/n" question is showing.
    private(set) var isConfirmingDiscard = false
    /// The links (as written) that name nothing, while "… Save anyway? y/n" is asked.
    private(set) var unresolvedLinks: [String] = []
    /// The `[[` link completion open at the cursor (``LinkCompletionReducer`` runs it).
    var completion: LinkCompletion?
    /// The size of the text area (``NoteEditorGeometry/textArea``).
    private(set) var viewport: Size
    /// The column up/down moves aim for.
    private var goalColumn: Int?

    /// An editor for `body` (empty for a new note) on a screen of `screen` size, with
    /// the cursor at the end of the text.
    init(purpose: NoteEditorPurpose, quote: String, body: String = "", screen: Size) {
        self.purpose = purpose
        self.quote = quote
        self.text = EditorText(body)
        self.original = self.text.text
        self.viewport = NoteEditorGeometry(screen: screen, quote: quote).textArea.size
        scrollToCursor()
    }

    /// The whole text.
    var body: String { text.text }

    /// Whether the text differs from what it was when the editor opened.
    var isDirty: Bool { text.text != original }

    /// Whether a y/n question is showing (discard, or save despite unresolved links).
    var isAsking: Bool { isConfirmingDiscard || !unresolvedLinks.isEmpty }

    /// The text wrapped to the text area's width.
    var layout: EditorLayout { EditorLayout(text, width: viewport.width) }

    /// The cursor's row (from the top of the text, not of the screen) and column.
    var cursorLocation: (row: Int, column: Int) { layout.location(of: text.cursor, in: text) }

    // MARK: Keys

    /// Acts on `key` through the key table's editor keys (a key the table does not bind
    /// there types its character); returns what the reader must do, or `nil` when the
    /// editor stays open.
    @discardableResult
    mutating func handle(_ key: Key, keyMap: KeyMap = .defaults) -> NoteEditorAction? {
        if isConfirmingDiscard {
            // Yes or no; the editor's save key still saves.
            return answerDiscard(keyMap.command(for: key, onlyIn: .confirmation) ?? keyMap.command(for: key, onlyIn: .editor))
        }
        if !unresolvedLinks.isEmpty {
            return answerUnresolved(keyMap.command(for: key, onlyIn: .confirmation) ?? keyMap.command(for: key, onlyIn: .editor))
        }
        switch keyMap.command(for: key, onlyIn: .editor) {
        case .save?:
            return .save(body: body)
        case .cancel?:
            if isDirty {
                isConfirmingDiscard = true
                return nil
            }
            return .close
        case let command?:
            edit(command)
        case nil:
            if case .character(let character) = key { edit { $0.insert(String(character)) } }
        }
        return nil
    }

    /// The answer to "Discard changes?".
    private mutating func answerDiscard(_ command: Command?) -> NoteEditorAction? {
        switch command {
        case .confirm?:
            isConfirmingDiscard = false
            return .close
        case .refuse?:
            isConfirmingDiscard = false
            return nil
        case .save?:
            isConfirmingDiscard = false
            return .save(body: body)
        default:
            return nil
        }
    }

    /// The answer to "… resolve to nothing. Save anyway? y/n": yes (or the save key
    /// again) saves, no goes back to the text.
    private mutating func answerUnresolved(_ command: Command?) -> NoteEditorAction? {
        switch command {
        case .confirm?, .save?:
            unresolvedLinks = []
            return .saveDespiteUnresolvedLinks(body: body)
        case .refuse?, .cancel?:
            unresolvedLinks = []
            return nil
        default:
            return nil
        }
    }

    /// Asks "… resolve to nothing. Save anyway? y/n" about `links` (as written).
    mutating func askAboutUnresolvedLinks(_ links: [String]) {
        unresolvedLinks = links
        completion = nil
    }

    /// An editing or moving command.
    private mutating func edit(_ command: Command) {
        switch command {
        case .newline: edit { $0.insertNewline() }
        case .insertTab: edit { $0.insert("\t") }
        case .deleteBackward: edit { $0.deleteBackward() }
        case .deleteForward: edit { $0.deleteForward() }
        case .cursorLeft: edit { $0.moveLeft() }
        case .cursorRight: edit { $0.moveRight() }
        case .lineStart: edit { $0.moveToLineStart() }
        case .lineEnd: edit { $0.moveToLineEnd() }
        case .deleteToLineEnd: edit { $0.deleteToLineEnd() }
        case .deleteToLineStart: edit { $0.deleteToLineStart() }
        case .deleteWordBackward: edit { $0.deleteWordBackward() }
        // Moving by rows keeps the column aimed at.
        case .lineUp: moveRows(-1)
        case .lineDown: moveRows(1)
        case .pageUp: moveRows(-max(1, viewport.height - 1))
        case .pageDown: moveRows(max(1, viewport.height - 1))
        default: break
        }
    }

    /// Changes the text or the cursor within a line: the column aimed at by row moves is forgotten.
    private mutating func edit(_ change: (inout EditorText) -> Void) {
        change(&text)
        goalColumn = nil
        scrollToCursor()
    }

    // MARK: Changing the text from outside

    /// Replaces the text from scalar `offset` of the cursor's line up to the cursor with
    /// `string` (a chosen completion), the cursor after it.
    mutating func replaceBeforeCursor(fromOffset offset: Int, with string: String) {
        text.replaceBeforeCursor(fromOffset: offset, with: string)
        goalColumn = nil
        scrollToCursor()
    }

    /// Types `string` at the cursor (a paste).
    mutating func insert(_ string: String) {
        text.insert(string)
        goalColumn = nil
        scrollToCursor()
    }

    /// Replaces the text with `body` (what came back from `$EDITOR`), cursor at the
    /// end; the editor stays dirty if it differs from the original.
    mutating func replaceBody(_ body: String) {
        text = EditorText(body)
        goalColumn = nil
        isConfirmingDiscard = false
        unresolvedLinks = []
        completion = nil
        scrollToCursor()
    }

    /// Marks the current text as saved: no longer dirty.
    mutating func markSaved() {
        original = text.text
    }

    /// Lays the editor out again for a new screen size, keeping the cursor in view.
    mutating func resize(screen: Size) {
        viewport = NoteEditorGeometry(screen: screen, quote: quote).textArea.size
        scrollToCursor()
    }

    /// Moves the cursor to the text shown at `row`, `column` of the text area (a click),
    /// closing a `[[` completion.
    mutating func moveCursor(toRow row: Int, column: Int) {
        completion = nil
        let layout = self.layout
        text.move(to: layout.position(row: top + row, column: column, in: text))
        goalColumn = nil
        scrollToCursor()
    }

    // MARK: Moving by screen rows

    private mutating func moveRows(_ delta: Int) {
        let layout = self.layout
        let location = layout.location(of: text.cursor, in: text)
        let goal = goalColumn ?? location.column
        let target = max(0, min(layout.rows.count - 1, location.row + delta))
        if target == location.row {
            // Up on the first row goes to the start, down on the last to the end.
            if delta < 0 { text.move(to: EditorPosition(line: 0, offset: 0)) }
            if delta > 0 { text.move(to: EditorPosition(line: text.lines.count - 1, offset: Int.max)) }
        } else {
            text.move(to: layout.position(row: target, column: goal, in: text))
        }
        goalColumn = goal
        scrollToCursor()
    }

    /// Scrolls so that the cursor's row is in the text area.
    private mutating func scrollToCursor() {
        let rows = max(1, viewport.height)
        let layout = self.layout
        let row = layout.location(of: text.cursor, in: text).row
        if row < top { top = row }
        if row >= top + rows { top = row - rows + 1 }
        top = max(0, min(top, max(0, layout.rows.count - rows)))
    }
}
