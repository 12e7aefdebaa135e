import DossierCore
import DossierNotes
import Foundation

/// Which note `a`, `E` and `d` act on when no text is selected: the note selected in
/// the notes pane when it has focus; in the reading pane, the note under the character
/// cursor or on the cursor line (the one selected in the notes pane when several are).
enum NoteAtHand {
    static func note(_ state: AppState) -> Annotation? {
        switch state.focus {
        case .notes:
            return state.selectedPaneNote.flatMap { state.annotations.annotation($0.id) }
        case .reading:
            let highlights = state.annotations.derived.highlights
            let entries: [NoteHighlights.Entry]
            if let cursor = state.reading.mode.textCursor {
                entries = highlights.entries(at: cursor.offset)
            } else if let source = state.laidOutArticle?.source(ofLine: state.reading.cursorLine) {
                entries = highlights.entries(overlapping: source)
            } else {
                entries = []
            }
            let chosen = entries.first { $0.id == state.notes.selected } ?? entries.first
            return chosen.flatMap { state.annotations.annotation($0.id) }
        case .browser, .timeline:
            return nil
        }
    }

    /// Why notes cannot be changed now, for the status line; `nil` when they can.
    static func unavailableReason(_ state: AppState) -> String? {
        switch state.annotations.availability {
        case .ready: return nil
        case .loading: return "The notes are still loading"
        case .unavailable(let reason): return "Notes are off: " + reason
        }
    }

    /// The message when there is no note to act on.
    static var nothingHere: String {
        let keys = KeyMap.defaults
        let select = keys.keyName(.startSelection, in: .reading)
        return "No note here: select text (\(select), or \(keys.keyName(.startCursor, in: .reading)) then \(select)) and press \(keys.keyName(.annotate, in: .selection)); or pick a note in the notes pane (\(keys.keyName(.focusNotes)))"
    }
}
