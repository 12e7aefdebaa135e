import DossierNotes

/// Keys while the notes browser is open: it takes typed text, as the search prompt
/// does, so only its own bindings (``KeyContext/notesBrowser``) are commands — the
/// arrows move in the list, Ctrl-D/Ctrl-U scroll the preview, Ctrl-T switches between
/// document and date order, Enter jumps to the note's passage (a jump that back
/// returns from), Esc closes. Every change of text or order asks the database again.
enum NotesBrowserReducer {
    /// `A`: the browser on every note of the collection.
    static func open(state: inout AppState, effects: inout [Effect]) {
        if let reason = NoteAtHand.unavailableReason(state) {
            state.message = reason
            return
        }
        let browser = NotesBrowser()
        state.overlay = .notesBrowser(browser)
        effects.append(.queryNotes(browser.query))
    }

    static func handle(_ key: Key, browser: NotesBrowser, state: inout AppState, effects: inout [Effect]) {
        var browser = browser
        let layout = NotesBrowserLayout(screen: state.size)
        let command = KeyMap.defaults.command(for: key, onlyIn: .notesBrowser)
        switch command {
        case .cancel?:
            state.overlay = nil
            return
        case .activate?:
            openSelected(browser, state: &state, effects: &effects)
            return
        case .toggleNoteOrder?:
            browser.order = browser.order == .document ? .date : .document
            effects.append(.queryNotes(browser.query))
        case .deleteBackward?:
            guard !browser.text.isEmpty else { break }
            browser.text.removeLast()
            retyped(&browser, effects: &effects)
        case .halfPageDown?, .halfPageUp?:
            let height = layout.preview.height
            let step = max(1, height / 2)
            let count = previewLineCount(browser, library: state.library, width: layout.preview.width)
            let top = browser.previewTop + (command == .halfPageDown ? step : -step)
            browser.previewTop = max(0, min(max(0, count - height), top))
        case let movement?:
            guard let delta = ListStep.delta(for: movement, height: layout.list.height, count: browser.notes?.count ?? 0) else { break }
            let before = browser.cursor.selected
            browser.cursor.move(by: delta, count: browser.notes?.count ?? 0, height: layout.list.height)
            if browser.cursor.selected != before { browser.previewTop = 0 }
        case nil:
            if case .character(let character) = key, PrintableText.isPrintable(character) {
                browser.text.append(character)
                retyped(&browser, effects: &effects)
            } else if let global = KeyMap.defaults.command(for: key, in: []), global == .quit || global == .redraw {
                GlobalReducer.handle(global, state: &state, effects: &effects)
                return
            } else {
                state.message = "\(key) does nothing in the notes browser"
            }
        }
        state.overlay = .notesBrowser(browser)
    }

    /// The text changed: a new list, from its first note.
    private static func retyped(_ browser: inout NotesBrowser, effects: inout [Effect]) {
        browser.notes = nil
        browser.cursor = ListCursor()
        browser.previewTop = 0
        effects.append(.queryNotes(browser.query))
    }

    /// The answer to ``Effect/queryNotes(_:)``: shown if the browser still asks that
    /// question, keeping the selected note when it is still listed (after a change of order).
    static func answered(_ query: NoteQuery, notes: [Annotation], state: inout AppState) {
        guard case .notesBrowser(var browser)? = state.overlay, browser.query == query else { return }
        let kept = browser.selected.flatMap { selected in notes.firstIndex { $0.id == selected.id } }
        browser.notes = notes
        browser.cursor = ListCursor(selected: kept ?? 0, top: browser.cursor.top)
        if kept == nil { browser.previewTop = 0 }
        browser.cursor.keepVisible(count: notes.count, height: NotesBrowserLayout(screen: state.size).list.height)
        state.overlay = .notesBrowser(browser)
    }

    /// Enter: the selected note's passage, shown in the reading pane.
    static func openSelected(_ browser: NotesBrowser, state: inout AppState, effects: inout [Effect]) {
        guard let note = browser.selected else { return }
        state.overlay = nil
        OverlayReducer.openNote(note, state: &state, effects: &effects)
        if state.screenLayout.isVisible(.reading) { state.focus = .reading }
    }

    private static func previewLineCount(_ browser: NotesBrowser, library: LibraryState, width: Int) -> Int {
        guard let note = browser.selected else { return 0 }
        return NotesBrowserPreview.lines(note, library: library, width: width, theme: .monochrome).count
    }
}
