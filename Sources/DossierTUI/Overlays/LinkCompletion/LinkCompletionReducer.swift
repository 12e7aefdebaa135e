/// Runs the `[[` completion inside the note editor: typing `[[` opens it; what is typed
/// after filters it; the completion context's keys (``KeyContext/completion``) choose
/// (Down/Up), insert the full link `[[kind:id]]` (Enter) or close the list keeping the
/// text (Esc). Moving the cursor off the link, or typing `]` or a new line, closes it.
enum LinkCompletionReducer {
    /// A key while the completion is open: `true` when it was the completion's own key
    /// (handled here), `false` when the editor should take it as usual.
    static func handle(_ key: Key, editor: inout NoteEditorState, state: AppState) -> Bool {
        // A click may have moved the cursor off the link since the last key.
        refresh(&editor)
        guard var completion = editor.completion else { return false }
        guard let command = KeyMap.defaults.command(for: key, onlyIn: .completion) else { return false }
        let matches = LinkCandidate.matching(completion.query, in: LinkCandidate.all(in: state))
        switch command {
        case .activate:
            editor.completion = nil
            guard matches.indices.contains(completion.cursor.selected) else { return true }
            editor.replaceBeforeCursor(fromOffset: completion.offset, with: matches[completion.cursor.selected].markup)
        case .cancel:
            editor.completion = nil
        default:
            guard let delta = ListStep.delta(for: command, height: LinkCompletion.visibleRows, count: matches.count) else { return false }
            completion.cursor.move(by: delta, count: matches.count, height: LinkCompletion.visibleRows)
            editor.completion = completion
        }
        return true
    }

    /// After the editor took `key`: opens the completion when `[[` was just typed, else
    /// follows what is typed after it, or closes it when the cursor left the link.
    static func follow(_ key: Key, editor: inout NoteEditorState) {
        guard editor.completion == nil else {
            refresh(&editor)
            return
        }
        let line = Array(editor.text.currentLine.unicodeScalars)
        let cursor = editor.text.cursor
        if key == .character("["), cursor.offset >= 2, line[cursor.offset - 2] == "[", line[cursor.offset - 1] == "[" {
            editor.completion = LinkCompletion(line: cursor.line, offset: cursor.offset - 2)
        }
    }

    /// The open completion's query from the text between its `[[` and the cursor; closed
    /// when the cursor is not after that `[[` on its line, or a bracket was typed.
    static func refresh(_ editor: inout NoteEditorState) {
        guard let completion = editor.completion else { return }
        let line = Array(editor.text.currentLine.unicodeScalars)
        let cursor = editor.text.cursor
        let typedStart = completion.offset + 2
        guard cursor.line == completion.line, cursor.offset >= typedStart, line.count >= typedStart,
              line[completion.offset] == "[", line[completion.offset + 1] == "[" else {
            editor.completion = nil
            return
        }
        var typed = String.UnicodeScalarView()
        typed.append(contentsOf: line[typedStart..<cursor.offset])
        let query = String(typed)
        guard !query.contains("]"), !query.contains("[") else {
            editor.completion = nil
            return
        }
        if query != completion.query { editor.completion = LinkCompletion(line: completion.line, offset: completion.offset, query: query) }
    }
}
