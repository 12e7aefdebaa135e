import DossierCore

/// The run loop: draws the state, waits for input, runs the reducer, performs effects —
/// until the user quits. It drives any ``Terminal``: ncurses for real, ``TestTerminal``
/// in tests (where `waitsForInput` is false: it stops when the queued events run out).
public final class ReaderProgram {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let performer: EffectPerformer
    private let theme: Theme
    private let loadsInBackground: Bool
    private var timelineTask: BackgroundTask<AppEvent>?

    /// - Parameters:
    ///   - loadsInBackground: load the timeline on another thread (the real reader);
    ///     tests load it in place, for determinism.
    public init(state: AppState, terminal: Terminal, store: ReadingPositionStore, loadsInBackground: Bool = true) {
        self.state = state
        self.terminal = terminal
        self.performer = EffectPerformer(store: store)
        self.theme = Theme.standard(for: terminal.colorSupport)
        self.loadsInBackground = loadsInBackground
    }

    /// Starts on `collection` with the saved positions: the first frame is drawn before
    /// the timeline loads.
    public convenience init(collection: DossierCollection, terminal: Terminal, store: ReadingPositionStore, loadsInBackground: Bool = true) {
        let (state, effects) = ReaderStartup.initialState(collection: collection, positions: store.load(), size: terminal.size)
        self.init(state: state, terminal: terminal, store: store, loadsInBackground: loadsInBackground)
        pendingStartEffects = effects
    }

    private var pendingStartEffects: [Effect] = []

    /// Runs until the user quits (or, with `waitsForInput` false, until no event is left).
    public func run(waitsForInput: Bool = true) {
        draw()
        perform(pendingStartEffects)
        pendingStartEffects = []
        while !state.isQuitting {
            if let loaded = timelineTask?.take() {
                timelineTask = nil
                dispatch(loaded)
                draw()
                continue
            }
            let busy = timelineTask != nil
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
            case .searchCollection(let query):
                dispatch(EffectPerformer.searchCollection(query, library: state.library))
            case .savePositions(let positions):
                performer.save(positions)
            case .redraw:
                terminal.invalidate()
            case .quit:
                state.isQuitting = true
            }
        }
    }
}
