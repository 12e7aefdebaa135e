/// The status line: article · section · position % · mode, then a message or key hints
/// taken from the key table; or the search prompt being typed.
struct StatusLineView: Widget {
    var state: AppState
    var theme: Theme

    init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let row = area.row(0)
        guard !row.isEmpty else { return }
        buffer.fill(row, style: theme.statusLine)
        if let prompt = state.prompt {
            let text = prompt.label + prompt.text
            // Keep the end of a long query in view.
            buffer.put(TextFit.tail(text, width: row.width - 2), x: row.x + 1, y: row.y, style: theme.statusLine, maxWidth: row.width - 1)
            return
        }
        var x = row.x
        let (position, mode) = positionAndMode(width: row.width)
        x += buffer.put(position, x: x, y: row.y, style: theme.statusLine, maxWidth: row.width)
        x += buffer.put(mode, x: x, y: row.y, style: theme.statusKey, maxWidth: row.maxX - x)
        x += 1
        if let work = state.library.backgroundWork {
            x += buffer.put(TextFit.truncated(work, width: row.maxX - x) + "  ", x: x, y: row.y, style: theme.statusLine,
                            maxWidth: row.maxX - x)
        }
        if let message = state.message {
            buffer.put(TextFit.truncated(message, width: row.maxX - x), x: x, y: row.y, style: theme.statusLine, maxWidth: row.maxX - x)
            return
        }
        for (key, hint) in Self.orderedHints(state) {
            let keyText = key.description
            let needed = DisplayWidth.of(keyText) + 1 + DisplayWidth.of(hint) + 2
            guard x + needed <= row.maxX else { break }
            x += buffer.put(keyText, x: x, y: row.y, style: theme.statusKey)
            x += buffer.put(" " + hint + "  ", x: x, y: row.y, style: theme.statusLine)
        }
    }

    /// The position (cut to leave room for the mode) and the mode, as drawn in a line
    /// `width` columns wide.
    func positionAndMode(width: Int) -> (position: String, mode: String) {
        let mode = " " + modeText() + " "
        let positionRoom = max(0, width - DisplayWidth.of(mode) - 1)
        return (TextFit.truncated(" " + positionText() + " ", width: positionRoom), mode)
    }

    /// The columns a message has in the status line of `state` (a reducer fits a message
    /// it writes to them).
    static func messageWidth(_ state: AppState) -> Int {
        let (position, mode) = StatusLineView(state: state, theme: .monochrome).positionAndMode(width: state.size.width)
        // As ``render(into:area:)`` draws them: the position, the mode and a space, then the
        // background work and two spaces ("Indexing 412/1000  ").
        let work = state.library.backgroundWork.map { DisplayWidth.of($0) + 2 } ?? 0
        return max(0, state.size.width - DisplayWidth.of(position) - DisplayWidth.of(mode) - 1 - work)
    }

    /// "hanif · Introduction · 12%".
    func positionText() -> String {
        guard let article = state.article else { return "" }
        var parts = [article.id]
        if let section = state.currentSectionIndex, let document = state.document {
            let title = document.sections[section].title
            parts.append(title.isEmpty ? "opening" : title)
        }
        if let layout = state.laidOutArticle, layout.count > 0 {
            let bottom = min(layout.count, state.reading.topLine + state.readingHeight)
            parts.append("\(bottom * 100 / layout.count)%")
        }
        return parts.joined(separator: " · ")
    }

    /// What has the keys: a popup's name, the reading pane's cursor or selection, or the
    /// focused pane's name.
    func modeText() -> String {
        switch state.overlay {
        case .help?: return "HELP"
        case .footnote?: return "FOOTNOTE"
        case .searchResults?: return "SEARCH"
        case .related?: return "RELATED"
        case .filter?: return "FILTER"
        case .links?: return "LINKS"
        case .eventCard?: return "EVENT"
        case .eventChoice?: return "EVENTS"
        case .sideBySide?: return "SIDE BY SIDE"
        case .entityPage?: return "ENTITY"
        case .noteEditor?: return "NOTE"
        case .notesBrowser?: return "ALL NOTES"
        case .marks?: return "MARKS"
        case nil:
            if state.focus == .reading, let mode = state.reading.mode.title { return mode }
            return state.focus.title.uppercased()
        }
    }

    /// The key table's hints for the active contexts, help and quit first; with a
    /// cursor or a selection, that mode's own keys first.
    static func orderedHints(_ state: AppState) -> [(key: Key, hint: String)] {
        let contexts = KeyReducer.activeContexts(state)
        if contexts.first == .editor || contexts.first == .confirmation {
            // Writing a note: every other key types, so only the editor's own keys are hints.
            return KeyMap.defaults.hints(in: contexts, includingGlobal: false)
        }
        if contexts.first == .selection || contexts.first == .cursor {
            let own = KeyMap.defaults.hints(in: [contexts[0]], includingGlobal: false)
            let rest = KeyMap.defaults.hints(in: contexts).filter { hint in !own.contains { $0.hint == hint.hint } }
            return own + rest
        }
        if contexts == [.notesBrowser] {
            // It types every other key, `?` and `q` included.
            return KeyMap.defaults.hints(in: contexts, includingGlobal: false)
        }
        var hints = KeyMap.defaults.hints(in: contexts)
        if state.overlay != nil {
            // A popup takes every key but these, and those of its own context (the event card's).
            let popupCommands: Set<String> = ["close", "open", "quit", "help"]
            let own = contexts.count > 1 ? KeyMap.defaults.hints(in: [contexts[0]], includingGlobal: false) : []
            hints = own + hints.filter { hint in popupCommands.contains(hint.hint) && !own.contains { $0.key == hint.key } }
        }
        let first = hints.filter { $0.hint == "help" || $0.hint == "quit" || $0.hint == "close" }
        return first + hints.filter { !($0.hint == "help" || $0.hint == "quit" || $0.hint == "close") }
    }
}
