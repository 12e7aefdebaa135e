import DossierCore
import DossierNotes
import Foundation

/// The results of the notes effects: notes read (after re-anchoring an article), a
/// change made or refused, the external editor back. The reducer's copy of the notes
/// changes only here, from what the database says.
enum NoteResultsReducer {
    static func loaded(_ notes: CollectionNotes, summary: ReanchorSummary?, state: inout AppState, effects: inout [Effect]) {
        state.annotations.availability = .ready
        replace(notes, state: &state)
        if let summary {
            state.annotations.reanchored.insert(summary.article)
            if summary.article == state.reading.articleID, let message = summary.message { state.message = message }
        }
        if notes.article.article != state.reading.articleID
            || (!state.annotations.reanchored.contains(state.reading.articleID) && state.document != nil) {
            // Another article was opened meanwhile, or this one before the notes were ready:
            // read (and re-anchor, once) the notes of the article shown now.
            effects.append(.loadNotes(article: state.reading.articleID,
                                      reanchor: !state.annotations.reanchored.contains(state.reading.articleID)))
        }
        reveal(state: &state)
    }

    /// Once the events are loaded, the timeline's marks also count the notes written on
    /// tellings: the counts are read again.
    static func timelineLoaded(state: inout AppState, effects: inout [Effect]) {
        guard state.annotations.isReady, state.annotations.collection?.tellingsCounted == false else { return }
        effects.append(.loadNotes(article: state.reading.articleID, reanchor: false))
    }

    static func loadFailed(_ message: String, state: inout AppState) {
        if state.annotations.collection == nil { state.annotations.availability = .unavailable(message) }
        state.message = "Notes: " + message
    }

    static func unavailable(_ message: String, state: inout AppState) {
        state.annotations.availability = .unavailable(message)
        state.message = message
    }

    /// After a link to a note of another article: once that article's anchors are
    /// fresh, show the note's passage where it is now.
    static func reveal(state: inout AppState) {
        guard let id = state.annotations.reveal, state.annotations.reanchored.contains(state.reading.articleID) else { return }
        state.annotations.reveal = nil
        guard let note = state.annotations.annotation(id), note.article == state.reading.articleID else { return }
        state.notes.selected = id
        guard note.anchorStatus != .orphaned, let range = note.selectors.position?.range else { return }
        Navigator.place(offset: range.lowerBound, placement: .third, state: &state)
    }

    /// What was read replaces what the reader held; the popups' lists are read again.
    static func replace(_ notes: CollectionNotes, state: inout AppState) {
        state.annotations.collection = notes
        state.annotations.about = [:]
        state.annotations.asked = []
        state.annotations.revision += 1
    }

    // MARK: Changes

    static func changed(_ change: NoteChange, _ outcome: NoteChangeOutcome, state: inout AppState, effects: inout [Effect]) {
        switch outcome {
        case .failed(let reason):
            state.annotations.redoing = nil
            state.message = "Could not \(change.verb): \(reason)"
            if case .restore(let annotation) = change { state.annotations.undo.append(annotation) }
        case .done(let annotation, let notes):
            if let notes = notes ?? patched(change, annotation: annotation, state: state) { replace(notes, state: &state) }
            done(change, annotation: annotation, state: &state)
        }
    }

    /// What to show after a change the database made.
    static func done(_ change: NoteChange, annotation: Annotation?, state: inout AppState) {
        let quote = annotation.map { "“" + TextFit.foldedLine($0.quote, width: 40) + "”" } ?? "the passage"
        // Ctrl-R deleted the note `u` restored last; undoing keeps what can be redone;
        // any other change ends it.
        let redone = state.annotations.redoing.map { change == .delete(id: $0) } ?? false
        state.annotations.redoing = nil
        switch change {
        case _ where redone: state.annotations.redo.removeLast()
        case .restore: break
        default: state.annotations.redo.removeAll()
        }
        switch change {
        case .create(let article, _, let kind, _):
            if case .noteEditor(let editor)? = state.overlay, case .create(article, _, _) = editor.purpose { state.overlay = nil }
            SelectionReducer.cancel(state: &state)
            state.notes.selected = annotation?.id
            state.message = kind == .highlight ? "Highlighted \(quote)" : "Saved the note on \(quote)"
        case .updateBody(let id, _):
            if case .noteEditor(let editor)? = state.overlay, case .edit(id, _) = editor.purpose { state.overlay = nil }
            state.message = "Saved the note on \(quote)"
        case .setTags(_, let tags):
            let kept = (annotation?.tags ?? []).filter { !tags.contains($0) }
            let tagList = annotation.map { $0.tags.isEmpty ? "no tags" : $0.tags.map { "#" + $0 }.joined(separator: " ") } ?? "saved"
            state.message = "Tags of the note on \(quote): \(tagList)"
                + (kept.isEmpty ? "" : " — " + kept.map { "#" + $0 }.joined(separator: " ") + " stays while its text says so")
        case .delete:
            if let annotation { state.annotations.undo.append(annotation) }
            let undo = KeyMap.defaults.keyName(.undo)
            state.message = redone ? "Redone: deleted the note on \(quote) again — \(undo) undoes" : "Deleted the note on \(quote) — \(undo) undoes"
        case .restore(let restored):
            state.annotations.redo.append(restored)
            state.notes.selected = restored.id
            state.message = "Restored the note on \(quote) — \(KeyMap.defaults.keyName(.redo)) deletes it again"
        case .reattach(let id, _, _):
            SelectionReducer.cancel(state: &state)
            state.notes.selected = id
            state.message = "The note is attached to \(quote)"
        }
    }

    /// The article shown's notes after `change`, when they could not be read again from the database.
    static func patched(_ change: NoteChange, annotation: Annotation?, state: AppState) -> CollectionNotes? {
        guard var notes = state.annotations.collection else { return nil }
        var annotations = notes.article.annotations
        switch change {
        case .delete(let id):
            annotations.removeAll { $0.id == id }
        case .create, .updateBody, .setTags, .restore, .reattach:
            guard let annotation else { break }
            annotations.removeAll { $0.id == annotation.id }
            if annotation.article == notes.article.article { annotations.append(annotation) }
        }
        annotations.sort { ($0.selectors.position?.range?.lowerBound ?? Int.max) < ($1.selectors.position?.range?.lowerBound ?? Int.max) }
        notes.article.annotations = annotations
        return notes
    }

    // MARK: The external editor

    static func edited(_ request: ExternalEditRequest, _ outcome: ExternalEditOutcome, state: inout AppState, effects: inout [Effect]) {
        switch outcome {
        case .failed(let reason):
            state.message = reason
        case .edited(let body):
            if request.fromPopup {
                var editor: NoteEditorState
                if case .noteEditor(let open)? = state.overlay, open.purpose == request.purpose {
                    editor = open
                } else {
                    editor = NoteEditorState(purpose: request.purpose, quote: request.quote, body: request.body, screen: state.size)
                }
                editor.replaceBody(body)
                state.overlay = .noteEditor(editor)
                state.message = "Back from the editor: \(KeyMap.defaults.keyName(.save, in: .editor)) saves, \(KeyMap.defaults.keyName(.cancel, in: .editor)) cancels"
                return
            }
            guard body != request.body else {
                state.message = "No changes to the note"
                return
            }
            if case .create = request.purpose, body.allSatisfy(\.isWhitespace) {
                state.message = "Nothing written; no note made"
                return
            }
            // Saved as if typed in the popup, which stays open should the save fail.
            var editor = NoteEditorState(purpose: request.purpose, quote: request.quote, body: request.body, screen: state.size)
            editor.replaceBody(body)
            state.overlay = .noteEditor(editor)
            NoteEditorReducer.saveCheckingLinks(editor, state: &state, effects: &effects)
        }
    }
}
