import DossierCore
import DossierIndex
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
    private let clipboardFile: ClipboardFile?
    /// Whether the timeline loads on another thread (the real reader) or in place (tests,
    /// for determinism).
    let loadsInBackground: Bool
    private var timelineTask: BackgroundTask<AppEvent>?
    private let indexWorker: IndexWorker

    /// - Parameters:
    ///   - notes: the notes database (`nil`: the reader runs without notes).
    ///   - editNote: hands a note to the user's editor and says what came back.
    ///   - clipboardFile: where `y` also writes what it copies (`nil`: the terminal only).
    ///   - index: the collection's content index (`nil`: one in memory, built on first use);
    ///     worked on in the background too when `loadsInBackground`.
    init(state: AppState, terminal: Terminal, store: ReadingPositionStore, notes: NotesConnection?,
         editNote: @escaping (ExternalEditRequest) -> ExternalEditOutcome, clipboardFile: ClipboardFile? = nil,
         index: ContentIndex? = nil, loadsInBackground: Bool) {
        self.state = state
        self.terminal = terminal
        self.positions = EffectPerformer(store: store)
        self.notes = NotesEffectPerformer(connection: notes)
        self.editNote = editNote
        self.clipboardFile = clipboardFile
        self.loadsInBackground = loadsInBackground
        self.indexWorker = IndexWorker(index: index ?? .inMemory(directory: state.library.collection.directory),
                                       inBackground: loadsInBackground)
    }

    /// Whether the timeline is still loading, or the index being worked on, on another thread.
    var isLoadingInBackground: Bool { timelineTask != nil || indexWorker.isBusy }

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
            case .refreshIndex:
                indexWorker.refresh()
                more += deliverIndexEvents()
            case .searchCollection(let query, let generation):
                indexWorker.search(query, generation: generation)
                more += deliverIndexEvents()
            case .savePositions(let saved):
                positions.save(saved)
            case .loadNotes(let article, let reanchor):
                more += dispatch(notes.load(article: article, reanchor: reanchor, library: state.library))
            case .changeNote(let change):
                more += dispatch(notes.change(change, article: state.reading.articleID, library: state.library))
            case .loadNotesAbout(let subject):
                more += dispatch(notes.about(subject, library: state.library))
            case .queryNotes(let query):
                more += dispatch(notes.query(query, library: state.library))
            case .editExternally(let request):
                more += dispatch(.externalEditFinished(request, editNote(request)))
            case .copyToClipboard(let text):
                terminal.copyToClipboard(text)
                do {
                    try clipboardFile?.write(text)
                } catch {
                    more += dispatch(.clipboardFileFailed(error.localizedDescription))
                }
            case .redraw:
                terminal.invalidate()
            case .quit:
                state.isQuitting = true
            }
        }
        return more
    }

    /// Hands what was done on other threads to the reducer — the timeline once loaded, the
    /// index's progress and search hits as they come; returns whether there was any.
    func deliverBackgroundLoad() -> Bool {
        var delivered = false
        if let loaded = timelineTask?.take() {
            timelineTask = nil
            dispatch(loaded)
            delivered = true
        }
        let indexEvents = indexWorker.takeEvents()
        for event in indexEvents { dispatch(event) }
        return delivered || !indexEvents.isEmpty
    }

    /// Dispatches the index's events posted so far (all of them when it works in place);
    /// returns the effects they asked for.
    private func deliverIndexEvents() -> [Effect] {
        indexWorker.takeEvents().flatMap { dispatch($0) }
    }
}
