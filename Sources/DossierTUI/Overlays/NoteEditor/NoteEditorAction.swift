/// What the reader must do after a key in the note editor.
enum NoteEditorAction: Hashable, Sendable {
    /// Save `body` (the whole text) and close the editor.
    case save(body: String)
    /// Save `body` although some of its links name nothing: the user said yes to "Save
    /// anyway?".
    case saveDespiteUnresolvedLinks(body: String)
    /// Close the editor without saving (nothing changed, or the user said yes to
    /// discarding).
    case close
}
