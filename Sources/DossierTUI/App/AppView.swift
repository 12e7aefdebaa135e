/// The whole screen as a function of the state: panes where ``ScreenLayout`` puts them,
/// separators, the status line and the popup on top — or the "too small" message.
struct AppView: Widget {
    var state: AppState
    var theme: Theme

    init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    /// The frame for `state`.
    static func render(_ state: AppState, theme: Theme) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        AppView(state: state, theme: theme).render(into: &buffer, area: buffer.area)
        return buffer
    }

    /// Where the terminal's cursor goes: at the end of a prompt being typed, in the note
    /// being written, else hidden.
    static func cursor(_ state: AppState) -> Point? {
        if case .noteEditor(let editor)? = state.overlay, state.screenLayout.mode != .tooSmall {
            return NoteEditorView.cursorPoint(for: editor, screen: state.size)
        }
        if case .notesBrowser(let browser)? = state.overlay, state.screenLayout.mode != .tooSmall {
            return NotesBrowserView.cursorPoint(for: browser, screen: state.size)
        }
        guard let prompt = state.prompt, state.size.height > 0 else { return nil }
        let width = DisplayWidth.of(prompt.label + prompt.text)
        return Point(x: min(state.size.width - 1, 1 + width), y: state.size.height - 1)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let layout = state.screenLayout
        guard layout.mode != .tooSmall else {
            TooSmallView(theme: theme).render(into: &buffer, area: area)
            return
        }
        for (pane, rect) in layout.panes {
            PaneFrame(pane: pane, state: state, theme: theme).render(into: &buffer, area: rect)
        }
        Separators(rects: layout.separators, theme: theme).render(into: &buffer, area: area)
        StatusLineView(state: state, theme: theme).render(into: &buffer, area: layout.status)
        switch state.overlay {
        case .help(let top)?:
            HelpOverlayView(top: top, theme: theme).render(into: &buffer, area: area)
        case .footnote(let popup)?:
            FootnotePopupView(popup: popup, library: state.library, theme: theme).render(into: &buffer, area: area)
        case .searchResults(let results)?:
            SearchResultsView(results: results, library: state.library, theme: theme).render(into: &buffer, area: area)
        case .related(let list)?:
            ChoiceListView.related(list, timeline: state.library.timeline, theme: theme).render(into: &buffer, area: area)
        case .filter(let picker)?:
            ChoiceListView.filter(picker, notes: state.annotations.collection, theme: theme).render(into: &buffer, area: area)
        case .links(let list)?:
            ChoiceListView.links(list, navigator: LinkFollower.navigator(state), theme: theme).render(into: &buffer, area: area)
        case .eventCard(let card)?:
            EventCardView(card: card, state: state, theme: theme).render(into: &buffer, area: area)
        case .eventChoice(let choice)?:
            ChoiceListView.events(choice, timeline: state.library.timeline, theme: theme).render(into: &buffer, area: area)
        case .marks(let list)?:
            ChoiceListView.marks(list, library: state.library, theme: theme).render(into: &buffer, area: area)
        case .sideBySide(let view)?:
            SideBySideView(view: view, state: state, theme: theme).render(into: &buffer, area: area)
        case .entityPage(let page)?:
            EntityPageView(page: page, state: state, theme: theme).render(into: &buffer, area: area)
        case .noteEditor(let editor)?:
            NoteEditorView(state: editor, theme: theme).render(into: &buffer, area: area)
            LinkCompletionView(editor: editor, state: state, theme: theme)?.render(into: &buffer, area: area)
        case .notesBrowser(let browser)?:
            NotesBrowserView(browser: browser, library: state.library, theme: theme).render(into: &buffer, area: area)
        case nil:
            break
        }
    }
}
