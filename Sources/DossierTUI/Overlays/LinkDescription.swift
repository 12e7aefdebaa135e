import DossierCore
import DossierNotes

/// Where a note's link leads, in a few words for the link list.
enum LinkDescription {
    static func describe(_ destination: LinkDestination, navigator: NoteLinkNavigator) -> String {
        switch destination {
        case .note(let id, let article, let range):
            let title = navigator.notes.note(id: id)?.title ?? "a note"
            return "note “\(title)” in \(article)" + (range == nil ? " (passage lost)" : "")
        case .event(let id, let article, _):
            let title = navigator.timeline?.event(withID: id)?.title ?? id
            return "event: \(title)" + (article.map { " (\($0))" } ?? " (no telling)")
        case .entity(let id):
            return "entity: " + (navigator.timeline?.entity(withID: id)?.name ?? id)
        case .article(let id):
            return "article \(id)"
        case .section(let article, let section):
            return "section \(section) of \(article)"
        case .unresolved(_, let message):
            return message
        }
    }
}
