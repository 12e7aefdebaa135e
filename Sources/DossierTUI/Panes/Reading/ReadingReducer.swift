import DossierCore

/// The reading pane's commands: moving (vi-like: the cursor line moves, the view follows),
/// opening the footnote under the cursor, searching the article.
enum ReadingReducer {
    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect]) {
        guard let layout = state.laidOutArticle else { return }
        let height = state.readingHeight
        switch command {
        case .lineDown: moveCursor(by: 1, state: &state, layout: layout)
        case .lineUp: moveCursor(by: -1, state: &state, layout: layout)
        case .pageDown: scroll(by: height, state: &state, layout: layout)
        case .pageUp: scroll(by: -height, state: &state, layout: layout)
        case .halfPageDown: scroll(by: max(1, height / 2), state: &state, layout: layout)
        case .halfPageUp: scroll(by: -max(1, height / 2), state: &state, layout: layout)
        case .top:
            state.history.record(Navigator.currentLocation(state))
            state.reading.topLine = 0
            state.reading.cursorLine = 0
        case .bottom:
            state.history.record(Navigator.currentLocation(state))
            state.reading.cursorLine = max(0, layout.count - 1)
            state.reading.topLine = max(0, layout.count - height)
        case .activate:
            activate(state: &state, layout: layout)
        case .cancel:
            if state.reading.search != nil {
                state.reading.search = nil
                state.message = "Search cleared"
            }
        default:
            break
        }
        clamp(state: &state, layout: layout)
    }

    /// Moves the cursor line, scrolling when it leaves the screen.
    static func moveCursor(by delta: Int, state: inout AppState, layout: LaidOutArticle) {
        state.reading.cursorLine = max(0, min(layout.count - 1, state.reading.cursorLine + delta))
        let height = state.readingHeight
        if state.reading.cursorLine < state.reading.topLine { state.reading.topLine = state.reading.cursorLine }
        if state.reading.cursorLine >= state.reading.topLine + height { state.reading.topLine = state.reading.cursorLine - height + 1 }
    }

    /// Scrolls the view and the cursor together, as `less` pages.
    static func scroll(by delta: Int, state: inout AppState, layout: LaidOutArticle) {
        let height = state.readingHeight
        let maxTop = max(0, layout.count - height)
        let newTop = max(0, min(maxTop, state.reading.topLine + delta))
        let moved = newTop - state.reading.topLine
        state.reading.topLine = newTop
        if moved == 0 {
            // At an end: move the cursor there instead.
            state.reading.cursorLine = delta > 0 ? layout.count - 1 : 0
        } else {
            state.reading.cursorLine += moved
        }
    }

    /// Scrolls the view only (the mouse wheel), keeping the cursor on screen.
    static func scrollView(by delta: Int, state: inout AppState) {
        guard let layout = state.laidOutArticle else { return }
        let height = state.readingHeight
        state.reading.topLine = max(0, min(max(0, layout.count - height), state.reading.topLine + delta))
        clamp(state: &state, layout: layout)
    }

    /// Enter: opens the first footnote marked on the cursor line (or says what a link
    /// points to).
    static func activate(state: inout AppState, layout: LaidOutArticle) {
        if let label = layout.footnoteLabels(onLine: state.reading.cursorLine).first {
            state.overlay = .footnote(FootnotePopup(article: state.reading.articleID, label: label))
            return
        }
        let line = layout.lines.indices.contains(state.reading.cursorLine) ? layout.lines[state.reading.cursorLine].line : nil
        for segment in line?.segments ?? [] {
            if case .link(let url) = segment.attachment {
                state.message = "Link: \(url)"
                return
            }
        }
        state.message = "No footnote on this line (markers look like [12]); move the cursor line with j/k"
    }

    /// Keeps the top line and the cursor inside the article, the cursor on screen.
    static func clamp(state: inout AppState, layout: LaidOutArticle) {
        let height = state.readingHeight
        let count = layout.count
        state.reading.topLine = max(0, min(state.reading.topLine, max(0, count - height)))
        state.reading.cursorLine = max(0, min(state.reading.cursorLine, max(0, count - 1)))
        if state.reading.cursorLine < state.reading.topLine { state.reading.cursorLine = state.reading.topLine }
        if state.reading.cursorLine >= state.reading.topLine + height {
            state.reading.cursorLine = min(count - 1, state.reading.topLine + height - 1)
        }
    }
}
