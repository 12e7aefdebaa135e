/// A run of the user's `$VISUAL`/`$EDITOR` on a note (``Effect/editExternally(_:)``).
struct ExternalEditRequest: Hashable, Sendable {
    /// What is being written.
    var purpose: NoteEditorPurpose
    /// The passage annotated (shown by the popup editor).
    var quote: String
    /// The text handed to the editor.
    var body: String
    /// Whether it was asked for from the popup editor (Ctrl-X): the text goes back into
    /// the popup; otherwise (`E`) changed text is saved at once.
    var fromPopup: Bool

    init(purpose: NoteEditorPurpose, quote: String, body: String, fromPopup: Bool) {
        self.purpose = purpose
        self.quote = quote
        self.body = body
        self.fromPopup = fromPopup
    }
}

/// How a run of the external editor ended.
enum ExternalEditOutcome: Hashable, Sendable {
    /// The editor exited normally; the file's text.
    case edited(String)
    /// The editor could not run or failed; the note is unchanged.
    case failed(String)
}
