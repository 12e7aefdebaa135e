/// Focus and the screen's division: Tab and Shift-Tab, `1`–`4`, folding side panes on
/// narrow screens, and resizing without losing the reading position.
enum PaneReducer {
    static func handle(_ command: Command, state: inout AppState) {
        switch command {
        case .nextPane: cycle(forward: true, state: &state)
        case .previousPane: cycle(forward: false, state: &state)
        case .focusBrowser: toggle(.browser, state: &state)
        case .focusReading: focus(.reading, state: &state)
        case .focusTimeline: toggle(.timeline, state: &state)
        case .focusNotes: toggle(.notes, state: &state)
        default: break
        }
    }

    /// Focuses `pane`, unfolding it on a narrow screen.
    static func focus(_ pane: Pane, state: inout AppState) {
        if state.screenLayout.mode == .narrow {
            state.openSidePane = pane == .reading ? nil : pane
        }
        state.focus = pane
    }

    /// `1`, `3`, `4`: focus the pane; on a narrow screen, a second press folds it again.
    static func toggle(_ pane: Pane, state: inout AppState) {
        if state.screenLayout.mode == .narrow && state.openSidePane == pane && state.focus == pane {
            state.openSidePane = nil
            state.focus = .reading
        } else {
            focus(pane, state: &state)
        }
    }

    /// Tab: the next pane; on a narrow screen each side pane unfolds in turn.
    static func cycle(forward: Bool, state: inout AppState) {
        let candidates = state.screenLayout.mode == .wide ? state.screenLayout.visiblePanes : Pane.allCases
        guard !candidates.isEmpty else { return }
        let index = candidates.firstIndex(of: state.focus) ?? 0
        let next = candidates[(index + (forward ? 1 : candidates.count - 1)) % candidates.count]
        focus(next, state: &state)
    }

    /// After opening something from a side pane that hides the reading pane (a narrow
    /// screen), fold the side pane and read.
    static func returnToReadingWhenFolded(from pane: Pane, state: inout AppState) {
        guard state.screenLayout.mode == .narrow, state.openSidePane == pane else { return }
        state.openSidePane = nil
        state.focus = .reading
    }

    /// The terminal changed size: the panes are laid out again; the reading keeps its
    /// place (``ReadingPane/relayout(_:)``).
    static func resize(to size: Size, state: inout AppState) {
        state.size = size
        if case .noteEditor(var editor)? = state.overlay {
            // The note being written keeps its text and cursor in the new geometry.
            editor.resize(screen: size)
            state.overlay = .noteEditor(editor)
        }
        if state.screenLayout.mode == .wide { state.openSidePane = nil }
        if state.screenLayout.mode != .tooSmall && !state.screenLayout.isVisible(state.focus) {
            state.focus = .reading
        }
    }
}
