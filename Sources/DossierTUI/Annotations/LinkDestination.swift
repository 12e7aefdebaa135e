import DossierCore
import DossierNotes
import Foundation

/// Where following a `[[…]]` link of a note goes (see ``NoteLinkNavigator``).
enum LinkDestination: Hashable, Sendable {
    /// Another note: its article and passage (`nil` when the note is orphaned).
    case note(id: UUID, article: String, range: TextRange?)
    /// An event, with the telling to show: the first resolved one in the preferred
    /// article, else the first resolved one (`nil` when no telling resolved).
    case event(id: String, article: String?, range: TextRange?)
    /// An entity: the reader shows its events (filters the timeline by it).
    case entity(id: String)
    /// An article, from its start.
    case article(id: String)
    /// A section of an article (not yet checked when the article is not parsed).
    case section(article: String, section: String)
    /// The link names nothing; `message` says so, with suggestions when there are some.
    case unresolved(LinkTarget, message: String)

    /// The article and range to show in the reading pane, when the destination is a passage.
    var passage: (article: String, range: TextRange)? {
        switch self {
        case .note(_, let article, let range?): return (article, range)
        case .event(_, let article?, let range?): return (article, range)
        default: return nil
        }
    }
}
