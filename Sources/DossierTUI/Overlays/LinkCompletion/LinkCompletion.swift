/// The `[[` completion of the note editor: where the `[[` being completed starts, what
/// was typed after it, and the choice in the list of ``LinkCandidate``s that match.
/// Kept in ``NoteEditorState/completion`` while open; ``LinkCompletionReducer`` opens,
/// follows and closes it.
struct LinkCompletion: Hashable, Sendable {
    /// The line of the editor text the `[[` is on.
    var line: Int
    /// The scalar offset of the first `[` in that line.
    var offset: Int
    /// What was typed after `[[`, up to the cursor.
    var query: String
    /// The chosen candidate and the list's scroll.
    var cursor = ListCursor()

    /// A completion of the `[[` at scalar `offset` of `line`, with `query` typed after it.
    init(line: Int, offset: Int, query: String = "") {
        self.line = line
        self.offset = offset
        self.query = query
    }

    /// Rows of candidates the popup shows at most.
    static let visibleRows = 8
}
