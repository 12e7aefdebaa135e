import DossierCore
import DossierNotes
import Foundation

/// Follows a note's `[[…]]` link (``NoteLinkNavigator``): to another note's passage,
/// an event's telling, an article or a section — jumps remembered in history, so back
/// returns — or to an entity's page.
enum LinkFollower {
    /// The navigator over what the reader holds now.
    static func navigator(_ state: AppState) -> NoteLinkNavigator {
        NoteLinkNavigator(collection: state.library.collection, documents: state.library.documents,
                          timeline: state.library.timeline, notes: state.annotations.collection?.names ?? NoteDirectory())
    }

    static func follow(_ target: LinkTarget, state: inout AppState, effects: inout [Effect]) {
        let destination = navigator(state).destination(of: target, preferredArticle: state.reading.articleID)
        switch destination {
        case .note(let id, let article, let range):
            state.notes.selected = id
            let title = state.annotations.collection?.names.note(id: id)?.title ?? "the note"
            if article != state.reading.articleID && !state.annotations.reanchored.contains(article) {
                // Its position is refreshed when the article opens; show it then.
                state.annotations.reveal = id
            }
            Navigator.jump(to: Location(article: article, offset: range?.start ?? (state.library.positions.offsets[article] ?? 0)),
                           placement: range == nil ? .top : .third, state: &state, effects: &effects)
            state.message = range == nil ? "“\(title)” lost its passage (✗); it is listed in the notes pane" : "Note: \(title)"
        case .event(let id, let article, let range):
            // The telling in the reading pane, and the event's card over it (Esc shows the telling).
            state.timelinePane.selectedEventID = id
            let title = state.library.timeline?.event(withID: id)?.title ?? id
            if let article, let range {
                if let event = state.library.timeline?.event(withID: id),
                   let mention = event.mentions.firstIndex(where: { $0.article == article && $0.range == range }) {
                    state.timelinePane.lastTelling = TellingCursor(eventID: id, mention: mention)
                }
                Navigator.jump(to: Location(article: article, offset: range.start), placement: .third, state: &state, effects: &effects)
                state.message = "Event: \(title) — as \(article) tells it; \(KeyMap.defaults.keyName(.cancel, in: .global)) closes the card"
            } else {
                state.message = "No article tells “\(title)” with a quote"
            }
            if state.library.timeline?.event(withID: id) != nil { state.overlay = .eventCard(EventCard(eventID: id)) }
        case .entity(let id):
            EntityPageReducer.show(id, state: &state)
        case .article(let id):
            Navigator.jump(to: Location(article: id, offset: 0), placement: .top, state: &state, effects: &effects)
        case .section(let article, let section):
            Navigator.jump(toSection: section, of: article, state: &state, effects: &effects)
        case .unresolved(_, let message):
            state.message = message
        }
        if state.focus == .notes { PaneReducer.returnToReadingWhenFolded(from: .notes, state: &state) }
    }
}
