import DossierCore
import DossierIndex
import Foundation

/// The run loop: draws the state, waits for input, runs the reducer and has
/// ``EffectRunner`` perform the effects — until the user quits. It drives any ``Terminal``: ncurses for real, ``TestTerminal``
/// in tests (where `waitsForInput` is false: it stops when the queued events run out).
final class ReaderProgram {
    /// The state after the last event.
    var state: AppState { runner.state }
    private let terminal: Terminal
    private let runner: EffectRunner
    private let theme: Theme

    /// - Parameters:
    ///   - notes: the notes database (`nil`: the reader runs without notes).
    ///   - editor: the editor `E` runs (`$VISUAL`, else `$EDITOR`, else `vi`).
    ///   - clipboardFile: where `y` also writes what it copies (`nil`: the terminal only).
    ///   - index: the collection's content index (`nil`: one in memory, built on first use).
    ///   - loadsInBackground: load the timeline and work on the index on other threads (the real reader);
    ///     tests do it in place, for determinism.
    init(state: AppState, terminal: Terminal, store: ReadingPositionStore, notes: NotesConnection? = nil,
                editor: ExternalEditor = ExternalEditor(environment: ProcessInfo.processInfo.environment),
                clipboardFile: ClipboardFile? = nil, index: ContentIndex? = nil, loadsInBackground: Bool = true) {
        self.terminal = terminal
        self.runner = EffectRunner(state: state, terminal: terminal, store: store, notes: notes,
                                   editNote: { editor.edit($0, suspending: terminal) }, clipboardFile: clipboardFile, index: index,
                                   loadsInBackground: loadsInBackground)
        self.theme = Theme.standard(for: terminal.colorSupport)
    }

    /// Starts on `collection` with the saved positions: the first frame is drawn before
    /// the timeline and the notes load.
    convenience init(collection: DossierCollection, terminal: Terminal, store: ReadingPositionStore, notes: NotesConnection? = nil,
                            editor: ExternalEditor = ExternalEditor(environment: ProcessInfo.processInfo.environment),
                            clipboardFile: ClipboardFile? = nil, index: ContentIndex? = nil, loadsInBackground: Bool = true) {
        let (state, effects) = ReaderStartup.initialState(collection: collection, positions: store.load(), size: terminal.size,
                                                          notes: notes != nil)
        self.init(state: state, terminal: terminal, store: store, notes: notes, editor: editor, clipboardFile: clipboardFile, index: index,
                  loadsInBackground: loadsInBackground)
        pendingStartEffects = effects
    }

    private var pendingStartEffects: [Effect] = []

    /// Runs until the user quits (or, with `waitsForInput` false, until no event is left).
    func run(waitsForInput: Bool = true) {
        draw()
        for effect in pendingStartEffects {
            runner.perform([effect])
            // Loaded in place: the timeline, and the notes' highlights, show without waiting for a key.
            switch effect {
            case .loadTimeline where !runner.loadsInBackground: draw()
            case .loadNotes: draw()
            default: break
            }
        }
        pendingStartEffects = []
        while !state.isQuitting {
            if runner.deliverBackgroundLoad() {
                draw()
                continue
            }
            let busy = runner.isLoadingInBackground
            guard let event = terminal.nextEvent(timeoutMilliseconds: busy ? 15 : nil) else {
                if !waitsForInput && !busy { break }
                continue
            }
            dispatch(.input(event))
            if !state.isQuitting { draw() }
        }
    }

    /// Feeds one event through the reducer and performs its effects.
    func dispatch(_ event: AppEvent) {
        runner.dispatch(event)
    }

    /// The current frame.
    func frame() -> ScreenBuffer {
        AppView.render(state, theme: theme)
    }

    private func draw() {
        terminal.draw(frame(), cursor: AppView.cursor(state))
    }
}
