import DossierNotes
import Foundation

/// The links of a note to choose from (a note with several `[[…]]` links); Enter
/// follows the selected one.
public struct LinkList: Hashable, Sendable {
    /// The note whose links these are.
    public var noteID: UUID
    /// Its title, for the popup's heading.
    public var title: String
    /// Its links in order of appearance.
    public var links: [LinkTarget]
    /// The selected row, among those the filter keeps.
    public var cursor = ListCursor()
    public var filter = ListFilter()

    public init(noteID: UUID, title: String, links: [LinkTarget]) {
        self.noteID = noteID
        self.title = title
        self.links = links
    }
}
