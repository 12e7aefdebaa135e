import DossierCore

/// The one place the state changes: `update(state, event) -> (state, effects)`, a pure
/// function. Keys and mouse go to ``KeyReducer`` and ``MouseReducer`` (which hand
/// commands to the per-pane reducers); effect results are merged here.
public enum AppReducer {
    public static func update(_ state: AppState, _ event: AppEvent) -> (AppState, [Effect]) {
        var state = state
        var effects: [Effect] = []
        switch event {
        case .input(.key(let key)):
            state.message = nil
            KeyReducer.handle(key, state: &state, effects: &effects)
        case .input(.mouse(let mouse)):
            MouseReducer.handle(mouse, state: &state, effects: &effects)
        case .input(.resize(let size)):
            PaneReducer.resize(to: size, state: &state)
        case .input(.inputClosed):
            KeyReducer.quit(state: &state, effects: &effects)
        case .articleLoaded(let id, let document):
            state.library.documents[id] = document
            if let pending = state.reading.pendingJump, pending.location.article == id {
                Navigator.go(to: pending.location, placement: pending.placement, state: &state, effects: &effects)
            }
        case .timelineLoaded(let timeline, let documents, let problem):
            state.library.timeline = timeline
            state.library.timelineProblem = problem
            state.library.documents.merge(documents) { current, _ in current }
        case .collectionSearched(let query, let hits, let documents):
            state.library.documents.merge(documents) { current, _ in current }
            if hits.isEmpty {
                state.message = "No article mentions \(query)"
            } else {
                state.message = nil
                state.overlay = .searchResults(CollectionSearchResults(query: query, hits: hits))
            }
        }
        StateNormalizer.normalize(&state)
        return (state, effects)
    }
}
