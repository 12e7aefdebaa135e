import DossierCore
import DossierNotes
import Foundation

/// The note commands: `h` highlights and `a` annotates the selection (or `a` edits the
/// note at hand), `E` writes in the external editor, `d` deletes with `u` to undo, `R`
/// attaches a lost note to the selection, `y` accepts a moved note's new place. Every
/// change to the database is an effect (``Effect/changeNote(_:)``); the reducer
/// changes its own copy of the notes only when the result comes back.
enum NoteActionsReducer {
    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect]) {
        if let reason = NoteAtHand.unavailableReason(state) {
            state.message = reason
            return
        }
        switch command {
        case .highlight: highlight(state: &state, effects: &effects)
        case .annotate: annotate(kind: .note, state: &state)
        case .askQuestion: annotate(kind: .question, state: &state)
        case .editInEditor: editExternally(state: &state, effects: &effects)
        case .deleteNote: delete(state: &state, effects: &effects)
        case .undo: undo(state: &state, effects: &effects)
        case .reattach: reattach(state: &state, effects: &effects)
        case .confirmAnchor: confirm(state: &state, effects: &effects)
        default: break
        }
    }

    /// The selected passage (while the reading pane has focus): its range snapped to
    /// whole words, and its text.
    static func selectedPassage(_ state: inout AppState) -> (range: TextRange, quote: String)? {
        guard state.focus == .reading, let selection = state.reading.mode.selection,
              let text = state.library.selectableText(state.reading.articleID),
              let range = selection.snappedRange(in: text) else { return nil }
        return (range, text.text(in: range))
    }

    /// `h`: a highlight on the selection.
    static func highlight(state: inout AppState, effects: inout [Effect]) {
        guard let passage = selectedPassage(&state) else {
            state.message = "Select text first: v, then w ) } to extend"
            return
        }
        create(kind: .highlight, range: passage.range, body: "", state: &state, effects: &effects)
    }

    /// Asks for a new annotation on `range` of the current article.
    static func create(kind: AnnotationKind, range: TextRange, body: String, state: inout AppState, effects: inout [Effect]) {
        let article = state.reading.articleID
        guard let document = state.library.documents[article],
              let selectors = Anchor.selectors(for: range.start..<range.end, in: document.plainText.string) else {
            state.message = "This passage cannot be annotated"
            return
        }
        effects.append(.changeNote(.create(article: article, selectors: selectors, kind: kind, body: body)))
    }

    /// `a` (a note) or `Q` (a question): the popup editor — for a new annotation on the
    /// selection, or, with `a`, for the note at hand.
    static func annotate(kind: AnnotationKind, state: inout AppState) {
        if let passage = selectedPassage(&state) {
            let purpose = NoteEditorPurpose.create(article: state.reading.articleID, range: passage.range, kind: kind)
            state.overlay = .noteEditor(NoteEditorState(purpose: purpose, quote: passage.quote, screen: state.size))
            return
        }
        guard kind == .note else {
            state.message = "Select text first: v, then w ) } to extend"
            return
        }
        guard let note = NoteAtHand.note(state) else {
            state.message = NoteAtHand.nothingHere
            return
        }
        state.overlay = .noteEditor(NoteEditorState(purpose: .edit(id: note.id, kind: note.kind), quote: note.quote, body: note.body, screen: state.size))
    }

    /// `E`: `$VISUAL`/`$EDITOR` on a new note for the selection, or on the note at hand.
    static func editExternally(state: inout AppState, effects: inout [Effect]) {
        if let passage = selectedPassage(&state) {
            let purpose = NoteEditorPurpose.create(article: state.reading.articleID, range: passage.range, kind: .note)
            effects.append(.editExternally(ExternalEditRequest(purpose: purpose, quote: passage.quote, body: "", fromPopup: false)))
            return
        }
        guard let note = NoteAtHand.note(state) else {
            state.message = NoteAtHand.nothingHere
            return
        }
        let purpose = NoteEditorPurpose.edit(id: note.id, kind: note.kind)
        effects.append(.editExternally(ExternalEditRequest(purpose: purpose, quote: note.quote, body: note.body, fromPopup: false)))
    }

    /// `d`: deletes the note at hand (`u` undoes).
    static func delete(state: inout AppState, effects: inout [Effect]) {
        guard let note = NoteAtHand.note(state) else {
            state.message = NoteAtHand.nothingHere
            return
        }
        effects.append(.changeNote(.delete(id: note.id)))
    }

    /// `u`: stores the last deleted note again.
    static func undo(state: inout AppState, effects: inout [Effect]) {
        guard let last = state.annotations.undo.popLast() else {
            state.message = "Nothing to undo"
            return
        }
        effects.append(.changeNote(.restore(last)))
    }

    /// `R`: attaches the note selected in the notes pane to the selection.
    static func reattach(state: inout AppState, effects: inout [Effect]) {
        guard let passage = selectedPassage(&state) else {
            state.message = "Select the passage first (v), then R"
            return
        }
        guard let item = state.selectedPaneNote, let note = state.annotations.annotation(item.id) else {
            state.message = "Pick the note to attach in the notes pane (4) first"
            return
        }
        guard note.article == state.reading.articleID else {
            state.message = "That note belongs to \(note.article)"
            return
        }
        effects.append(.changeNote(.reattach(id: note.id, article: note.article, range: passage.range)))
    }

    /// `y` in the notes pane: the selected note's passage, found moved or changed, is
    /// the right one.
    static func confirm(state: inout AppState, effects: inout [Effect]) {
        guard let item = state.selectedPaneNote else {
            state.message = NoteAtHand.nothingHere
            return
        }
        switch item.status {
        case .exact:
            state.message = "This note's passage is where it was made"
        case .orphaned:
            state.message = "This note's passage was not found: select where it belongs (\(KeyMap.defaults.keyName(.startSelection, in: .reading))) and press \(KeyMap.defaults.keyName(.reattach, in: .selection))"
        case .reanchored, .approximate:
            guard let range = item.range else { return }
            effects.append(.changeNote(.reattach(id: item.id, article: state.annotations.derived.article.article, range: range)))
        }
    }
}
