import DossierCore
import DossierIndex
import Foundation

/// The run loop: draws the state, waits for input, runs the reducer, performs effects —
/// until the user quits. It drives any ``Terminal``: ncurses for real, ``TestTerminal``
/// in tests (where `waitsForInput` is false: it stops when the queued events run out).
public final class ReaderProgram {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let performer: EffectPerformer
    private let notesPerformer: NotesEffectPerformer
    private let editor: ExternalEditor
    private let theme: Theme
    private let loadsInBackground: Bool
    private var timelineTask: BackgroundTask<AppEvent>?
    private let indexWorker: IndexWorker

    /// - Parameters:
    ///   - notes: the notes database (`nil`: the reader runs without notes).
    ///   - editor: the editor `E` runs (`$VISUAL`, else `$EDITOR`, else `vi`).
    ///   - index: the collection's content index (`nil`: one in memory, built on first use).
    ///   - loadsInBackground: load the timeline and work on the index on other threads (the
    ///     real reader); tests do it in place, for determinism.
    public init(state: AppState, terminal: Terminal, store: ReadingPositionStore, notes: NotesConnection? = nil,
                editor: ExternalEditor = ExternalEditor(environment: ProcessInfo.processInfo.environment),
                index: ContentIndex? = nil, loadsInBackground: Bool = true) {
        self.state = state
        self.terminal = terminal
        self.performer = EffectPerformer(store: store)
        self.notesPerformer = NotesEffectPerformer(connection: notes)
        self.editor = editor
        self.theme = Theme.standard(for: terminal.colorSupport)
        self.loadsInBackground = loadsInBackground
        self.indexWorker = IndexWorker(index: index ?? .inMemory(directory: state.library.collection.directory),
                                       inBackground: loadsInBackground)
    }

    /// Starts on `collection` with the saved positions: the first frame is drawn before
    /// the timeline and the notes load.
    public convenience init(collection: DossierCollection, terminal: Terminal, store: ReadingPositionStore, notes: NotesConnection? = nil,
                            editor: ExternalEditor = ExternalEditor(environment: ProcessInfo.processInfo.environment),
                            index: ContentIndex? = nil, loadsInBackground: Bool = true) {
        let (state, effects) = ReaderStartup.initialState(collection: collection, positions: store.load(), size: terminal.size,
                                                          notes: notes != nil)
        self.init(state: state, terminal: terminal, store: store, notes: notes, editor: editor, index: index,
                  loadsInBackground: loadsInBackground)
        pendingStartEffects = effects
    }

    private var pendingStartEffects: [Effect] = []

    /// Runs until the user quits (or, with `waitsForInput` false, until no event is left).
    public func run(waitsForInput: Bool = true) {
        draw()
        let notesLoad = pendingStartEffects.contains { if case .loadNotes = $0 { return true } else { return false } }
        perform(pendingStartEffects)
        pendingStartEffects = []
        // The notes arrive in place: show their highlights without waiting for a key.
        if notesLoad { draw() }
        while !state.isQuitting {
            if let loaded = timelineTask?.take() {
                timelineTask = nil
                dispatch(loaded)
                draw()
                continue
            }
            let indexEvents = indexWorker.takeEvents()
            if !indexEvents.isEmpty {
                indexEvents.forEach(dispatch)
                draw()
                continue
            }
            let busy = timelineTask != nil || indexWorker.isBusy
            guard let event = terminal.nextEvent(timeoutMilliseconds: busy ? 15 : nil) else {
                if !waitsForInput && !busy { break }
                continue
            }
            dispatch(.input(event))
            if !state.isQuitting { draw() }
        }
    }

    /// Feeds one event through the reducer and performs its effects.
    public func dispatch(_ event: AppEvent) {
        let (next, effects) = AppReducer.update(state, event)
        state = next
        perform(effects)
    }

    /// The current frame.
    public func frame() -> ScreenBuffer {
        AppView.render(state, theme: theme)
    }

    private func draw() {
        terminal.draw(frame(), cursor: AppView.cursor(state))
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .loadArticle(let id):
                if let event = EffectPerformer.loadArticle(id, library: state.library) { dispatch(event) }
            case .loadTimeline:
                let collection = state.library.collection
                let documents = state.library.documents
                if loadsInBackground {
                    timelineTask = BackgroundTask { EffectPerformer.loadTimeline(collection: collection, documents: documents) }
                } else {
                    dispatch(EffectPerformer.loadTimeline(collection: collection, documents: documents))
                    draw()
                }
            case .refreshIndex:
                indexWorker.refresh()
            case .searchCollection(let query, let generation):
                indexWorker.search(query, generation: generation)
            case .savePositions(let positions):
                performer.save(positions)
            case .loadNotes(let article):
                dispatch(notesPerformer.load(article: article, library: state.library))
            case .changeNote(let change):
                dispatch(notesPerformer.change(change, library: state.library))
            case .editExternally(let request):
                dispatch(.externalEditFinished(request, editExternally(request)))
            case .redraw:
                terminal.invalidate()
            case .quit:
                state.isQuitting = true
            }
        }
    }

    /// Hands the terminal to the user's editor on the note, and takes it back.
    private func editExternally(_ request: ExternalEditRequest) -> ExternalEditOutcome {
        let session: ExternalEditSession
        do {
            session = try editor.prepare(body: request.body)
        } catch {
            return .failed("Could not write the note for the editor: \(error.localizedDescription)")
        }
        terminal.suspend()
        let status: Int32
        do {
            status = try session.run()
        } catch {
            terminal.resume()
            session.discard()
            return .failed("Could not start the editor “\(editor.command)”: \(error)")
        }
        terminal.resume()
        guard status == 0 else {
            session.discard()
            return .failed("The editor “\(editor.command)” exited with status \(status); the note is unchanged")
        }
        do {
            return .edited(try session.finish())
        } catch {
            return .failed("Could not read the note back from the editor: \(error.localizedDescription)")
        }
    }
}
