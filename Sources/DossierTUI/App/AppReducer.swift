import DossierCore

/// The one place the state changes: `update(state, event) -> (state, effects)`, a pure
/// function. Keys and mouse go to ``KeyReducer`` and ``MouseReducer`` (which hand
/// commands to the per-pane reducers); effect results are merged here, the notes' by
/// ``NoteResultsReducer``.
enum AppReducer {
    static func update(_ state: AppState, _ event: AppEvent) -> (AppState, [Effect]) {
        var state = state
        var effects: [Effect] = []
        switch event {
        case .input(.key(let key)):
            state.message = nil
            KeyReducer.handle(key, state: &state, effects: &effects)
        case .input(.mouse(let mouse)):
            state.pendingKeys = PendingKeys()
            MouseReducer.handle(mouse, state: &state, effects: &effects)
        case .input(.resize(let size)):
            PaneReducer.resize(to: size, state: &state)
        case .input(.inputClosed):
            // The terminal went away: a note being written is saved, not lost.
            if case .noteEditor(let editor)? = state.overlay, editor.isDirty {
                NoteEditorReducer.save(editor, state: &state, effects: &effects)
            }
            KeyReducer.quit(state: &state, effects: &effects)
        case .articleLoaded(let id, let document):
            state.library.documents[id] = document
            if let pending = state.reading.pendingJump, pending.location.article == id {
                Navigator.resume(pending, document: document, state: &state, effects: &effects)
            }
        case .timelineLoaded(let timeline, let documents, let problem):
            state.library.timeline = timeline
            state.library.timelineProblem = problem
            state.library.documents.merge(documents) { current, _ in current }
            NoteResultsReducer.timelineLoaded(state: &state, effects: &effects)
        case .notesLoaded(let notes, let summary):
            NoteResultsReducer.loaded(notes, summary: summary, state: &state, effects: &effects)
        case .notesAboutLoaded(let subject, let notes):
            NotesAboutReducer.loaded(subject, notes: notes, state: &state)
        case .notesLoadFailed(let message):
            NoteResultsReducer.loadFailed(message, state: &state)
        case .notesUnavailable(let message):
            NoteResultsReducer.unavailable(message, state: &state)
        case .noteChanged(let change, let outcome):
            NoteResultsReducer.changed(change, outcome, state: &state, effects: &effects)
        case .notesQueried(let query, let notes):
            NotesBrowserReducer.answered(query, notes: notes, state: &state)
        case .externalEditFinished(let request, let outcome):
            NoteResultsReducer.edited(request, outcome, state: &state, effects: &effects)
        case .clipboardFileFailed(let reason):
            state.message = "Copied to the terminal's clipboard, but not to \(ClipboardFile.fileName): \(reason)"
        case .indexProgress(let done, let total):
            state.library.indexing = IndexingProgress(done: done, total: total)
        case .indexRefreshed(let problem):
            state.library.indexing = nil
            if let problem { state.message = problem }
        case .collectionSearchFound(let batch):
            CollectionSearchReducer.found(batch, state: &state)
        }
        StateNormalizer.normalize(&state)
        NotesAboutReducer.request(state: &state, effects: &effects)
        return (state, effects)
    }
}
