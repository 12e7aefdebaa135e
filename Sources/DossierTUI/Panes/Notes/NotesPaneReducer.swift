import DossierCore
import DossierNotes
import Foundation

/// The notes pane's commands: moving the selection through the notes in view, Enter to
/// jump to a note's passage (remembered in history), `l` to follow its links.
enum NotesPaneReducer {
    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect]) {
        if let reason = NoteAtHand.unavailableReason(state) {
            state.message = reason
            return
        }
        let model = state.notesPaneModel
        let height = state.listHeight(of: .notes)
        switch command {
        case .lineDown: move(by: 1, model: model, state: &state)
        case .lineUp: move(by: -1, model: model, state: &state)
        case .pageDown, .halfPageDown: move(by: max(1, height / 3), model: model, state: &state)
        case .pageUp, .halfPageUp: move(by: -max(1, height / 3), model: model, state: &state)
        case .top: move(by: -model.items.count, model: model, state: &state)
        case .bottom: move(by: model.items.count, model: model, state: &state)
        case .activate: open(model: model, state: &state, effects: &effects)
        case .followLink: followLinks(state: &state, effects: &effects)
        default: break
        }
    }

    /// Moves the selection (``NotesPane/normalize(_:)`` then scrolls it into view).
    static func move(by delta: Int, model: NotesPaneModel, state: inout AppState) {
        guard !model.isEmpty else {
            state.message = "No notes here"
            return
        }
        // From the note shown as selected (the first in view when none is chosen yet).
        let current = model.index(of: state.notes.selected) != nil ? state.notes.selected : model.defaultSelection
        state.notes.selected = model.selection(movedFrom: current, by: delta)
    }

    /// Enter: the note's passage, a third of the way down the reading pane.
    static func open(model: NotesPaneModel, state: inout AppState, effects: inout [Effect]) {
        let id = model.index(of: state.notes.selected) != nil ? state.notes.selected : model.defaultSelection
        switch model.jump(for: id) {
        case .passage(let article, let range)?:
            state.notes.selected = id
            Navigator.jump(to: Location(article: article, offset: range.start), placement: .third, state: &state, effects: &effects)
            PaneReducer.returnToReadingWhenFolded(from: .notes, state: &state)
        case .orphan?:
            state.message = "This note's passage was not found: select where it belongs (\(KeyMap.defaults.keyName(.startSelection, in: .reading))) and press \(KeyMap.defaults.keyName(.reattach, in: .selection)) to attach it"
        case nil:
            state.message = "No notes here"
        }
    }

    /// `l`: follows the selected note's link, or lists its links when it has several.
    static func followLinks(state: inout AppState, effects: inout [Effect]) {
        guard let item = state.selectedPaneNote, let note = state.annotations.annotation(item.id) else {
            state.message = "No notes here"
            return
        }
        let links = note.links
        switch links.count {
        case 0:
            state.message = "This note has no links; write [[event:id]], [[article:id]] or [[a note's title]] in it"
        case 1:
            LinkFollower.follow(links[0], state: &state, effects: &effects)
        default:
            state.overlay = .links(LinkList(noteID: note.id, title: note.title, links: links))
        }
    }
}
