import DossierCore

/// The reading pane as a pane: the centre, laid out at its width after every event,
/// its character cursor and search kept with the article shown.
enum ReadingPane: PaneContent {
    static let title = "Reading"
    static let placement = PanePlacement.centre

    /// A selection or the character cursor take their keys before the pane's.
    static func keyContexts(_ state: AppState) -> [KeyContext] {
        switch state.reading.mode {
        case .reading: return [.reading]
        case .cursor: return [.cursor, .reading]
        case .selecting: return [.selection, .cursor, .reading]
        }
    }

    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect]) {
        ReadingReducer.handle(command, state: &state, effects: &effects)
    }

    static func normalize(_ state: inout AppState) {
        relayout(&state)
        SelectionReducer.followCursorLine(state: &state)
        refreshSearch(&state)
    }

    /// Lays the article out at the current width. When the width changed (a resize, a
    /// side pane unfolded), the top line keeps its plain-text offset — not its line
    /// number — and the cursor stays on screen.
    static func relayout(_ state: inout AppState) {
        let width = state.readingTextWidth
        let old = state.reading.width > 0 && state.reading.width != width ? state.laidOutArticle : nil
        guard let layout = state.library.layout(article: state.reading.articleID, width: width) else { return }
        if let old {
            let topOffset = state.reading.topLine == 0 ? nil : old.anchorOffset(atLine: state.reading.topLine)
            let cursorOffset = old.anchorOffset(atLine: state.reading.cursorLine)
            state.reading.topLine = topOffset.map { layout.lineIndex(containing: $0) } ?? 0
            state.reading.cursorLine = cursorOffset.map { layout.lineIndex(containing: $0) } ?? state.reading.topLine
            let height = state.readingHeight
            if let cursor = state.reading.mode.textCursor {
                // The character cursor keeps its character; the view follows it.
                state.reading.cursorLine = layout.lineShowing(cursor.offset)
                if state.reading.cursorLine < state.reading.topLine { state.reading.topLine = state.reading.cursorLine }
                if state.reading.cursorLine >= state.reading.topLine + height { state.reading.topLine = state.reading.cursorLine - height + 1 }
            } else if state.reading.cursorLine < state.reading.topLine || state.reading.cursorLine >= state.reading.topLine + height {
                state.reading.cursorLine = state.reading.topLine
            }
        }
        state.reading.width = width
        ReadingReducer.clamp(state: &state, layout: layout)
    }

    /// Finds the search's matches again in the article now shown.
    static func refreshSearch(_ state: inout AppState) {
        guard let search = state.reading.search, search.article != state.reading.articleID,
              let document = state.document else { return }
        var fresh = ArticleSearchReducer.search(search.query, article: state.reading.articleID, document: document)
        if let cursorOffset = state.laidOutArticle?.anchorOffset(atLine: state.reading.cursorLine), let hits = fresh?.hits {
            fresh?.current = hits.firstIndex { $0.upperBound > cursorOffset }
        }
        state.reading.search = fresh
    }

    static func wheel(_ delta: Int, state: inout AppState) {
        ReadingReducer.scrollView(by: delta, state: &state)
    }

    /// A click puts the cursor line there and opens a footnote marker under it; a double
    /// click selects the word.
    static func click(at point: Point, body: Rect, double: Bool, state: inout AppState, effects: inout [Effect]) {
        guard let layout = state.laidOutArticle else { return }
        let line = state.reading.topLine + (point.y - body.y)
        guard layout.lines.indices.contains(line) else { return }
        state.reading.cursorLine = line
        let column = point.x - body.x - PaneGeometry.readingGutter
        if double {
            MouseSelectionReducer.selectWord(line: line, column: column, state: &state)
            return
        }
        if let segment = layout.lines[line].line.segments.first(where: { column >= $0.column && column < $0.column + $0.width }),
           case .footnote(let label) = segment.attachment {
            state.overlay = .footnote(FootnotePopup(article: state.reading.articleID, label: label))
        }
    }

    static func titleDetail(_ state: AppState) -> String? {
        state.article?.metadata.title
    }

    static func bodyView(_ state: AppState, theme: Theme) -> any Widget {
        ReadingView(state: state, theme: theme)
    }
}
