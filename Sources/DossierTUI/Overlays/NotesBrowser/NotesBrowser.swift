import DossierNotes
import Foundation

/// The notes browser (`A`): every note of the collection in one list, narrowed as the
/// user types (``NoteQuery``: words, `kind:`, `#tag`, `article:`, `status:`), in
/// document or date order, with the selected note whole in a preview below.
///
/// An overlay rather than a mode of the notes pane: it lists the whole collection
/// while the pane follows the article being read, it needs the width of the screen
/// for a readable preview, and it takes typed text as the search prompt does — so it
/// can open from anywhere and leave every pane as it was.
///
/// The list comes from the notes database (``Effect/queryNotes(_:)``), asked again at
/// every change of the typed text or the order, so that ten thousand notes are never
/// filtered here.
struct NotesBrowser: Hashable, Sendable {
    /// What the user typed.
    var text = ""
    var order: NoteQuery.Order = .document
    /// The notes matching ``query`` as last read; `nil` until the first answer.
    var notes: [Annotation]?
    var cursor = ListCursor()
    /// The first row of the preview shown.
    var previewTop = 0

    init(text: String = "", order: NoteQuery.Order = .document) {
        self.text = text
        self.order = order
    }

    /// The query the typed text and the order make.
    var query: NoteQuery { NoteQuery(typed: text, order: order) }

    /// The note selected in the list.
    var selected: Annotation? {
        guard let notes, notes.indices.contains(cursor.selected) else { return nil }
        return notes[cursor.selected]
    }
}
