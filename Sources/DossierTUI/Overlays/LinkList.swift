import DossierNotes
import Foundation

/// The links of a note to choose from (a note with several `[[…]]` links); Enter
/// follows the selected one.
struct LinkList: Hashable, Sendable {
    /// The note whose links these are.
    var noteID: UUID
    /// Its title, for the popup's heading.
    var title: String
    /// Its links in order of appearance.
    var links: [LinkTarget]
    /// The selected row, among those the filter keeps.
    var cursor = ListCursor()
    var filter = ListFilter()

    init(noteID: UUID, title: String, links: [LinkTarget]) {
        self.noteID = noteID
        self.title = title
        self.links = links
    }
}
