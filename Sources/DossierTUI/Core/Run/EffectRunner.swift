import DossierCore
import Foundation

/// Performs the effects the reducer asks for and feeds the events they produce back
/// through it — the one place effects are done. The run loop (``ReaderProgram``) and the
/// tests use it alike; the tests give it a ``TestTerminal``, a position store and a
/// notes database in a temporary folder, and an editor of their own.
final class EffectRunner {
    /// The state after the last event and everything it led to.
    var state: AppState
    private let terminal: Terminal
    private let positions: EffectPerformer
    private let notes: NotesEffectPerformer
    private let editNote: (ExternalEditRequest) -> ExternalEditOutcome
    /// Whether the timeline loads on another thread (the real reader) or in place (tests,
    /// for determinism).
    let loadsInBackground: Bool
    private var timelineTask: BackgroundTask<AppEvent>?

    /// - Parameters:
    ///   - notes: the notes database (`nil`: the reader runs without notes).
    ///   - editNote: hands a note to the user's editor and says what came back.
    init(state: AppState, terminal: Terminal, store: ReadingPositionStore, notes: NotesConnection?,
         editNote: @escaping (ExternalEditRequest) -> ExternalEditOutcome, loadsInBackground: Bool) {
        self.state = state
        self.terminal = terminal
        self.positions = EffectPerformer(store: store)
        self.notes = NotesEffectPerformer(connection: notes)
        self.editNote = editNote
        self.loadsInBackground = loadsInBackground
    }

    /// Whether the timeline is still loading on another thread.
    var isLoadingInBackground: Bool { timelineTask != nil }

    /// Runs `event` through the reducer and performs the effects it asks for, and theirs;
    /// returns every effect asked for, in order.
    @discardableResult
    func dispatch(_ event: AppEvent) -> [Effect] {
        let (next, effects) = AppReducer.update(state, event)
        state = next
        return effects + perform(effects)
    }

    /// Performs `effects`; returns the effects that their events asked for in turn.
    @discardableResult
    func perform(_ effects: [Effect]) -> [Effect] {
        var more: [Effect] = []
        for effect in effects {
            switch effect {
            case .loadArticle(let id):
                if let event = EffectPerformer.loadArticle(id, library: state.library) { more += dispatch(event) }
            case .loadTimeline:
                let collection = state.library.collection
                let documents = state.library.documents
                if loadsInBackground {
                    timelineTask = BackgroundTask { EffectPerformer.loadTimeline(collection: collection, documents: documents) }
                } else {
                    more += dispatch(EffectPerformer.loadTimeline(collection: collection, documents: documents))
                }
            case .searchCollection(let query):
                more += dispatch(EffectPerformer.searchCollection(query, library: state.library))
            case .savePositions(let saved):
                positions.save(saved)
            case .loadNotes(let article):
                more += dispatch(notes.load(article: article, library: state.library))
            case .changeNote(let change):
                more += dispatch(notes.change(change, library: state.library))
            case .editExternally(let request):
                more += dispatch(.externalEditFinished(request, editNote(request)))
            case .redraw:
                terminal.invalidate()
            case .quit:
                state.isQuitting = true
            }
        }
        return more
    }

    /// Hands the timeline loaded on another thread to the reducer once it is ready;
    /// returns whether it did.
    func deliverBackgroundLoad() -> Bool {
        guard let loaded = timelineTask?.take() else { return false }
        timelineTask = nil
        dispatch(loaded)
        return true
    }
}
