import DossierCore

/// The section browser's commands: moving the selection, folding articles, opening an
/// article or a section.
enum BrowserReducer {
    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect]) {
        let rows = BrowserRows.rows(library: state.library, expanded: state.browser.expanded)
        guard !rows.isEmpty else { return }
        let height = state.listHeight(of: .browser)
        if let delta = ListStep.delta(for: command, height: height, count: rows.count) {
            move(by: delta, rows: rows, height: height, state: &state)
            return
        }
        switch command {
        case .collapse: collapse(rows: rows, state: &state)
        case .expand: expand(rows[clampedCursor(state, rows)], state: &state, effects: &effects)
        case .activate: activate(rows[clampedCursor(state, rows)], state: &state, effects: &effects)
        default: break
        }
    }

    static func clampedCursor(_ state: AppState, _ rows: [BrowserRow]) -> Int {
        max(0, min(rows.count - 1, state.browser.cursor))
    }

    static func move(by delta: Int, rows: [BrowserRow], height: Int, state: inout AppState) {
        var cursor = ListCursor(selected: state.browser.cursor, top: state.browser.top)
        cursor.move(by: delta, count: rows.count, height: height)
        state.browser.cursor = cursor.selected
        state.browser.top = cursor.top
    }

    /// `←`: folds the article (from one of its sections, selecting the article).
    static func collapse(rows: [BrowserRow], state: inout AppState) {
        let row = rows[clampedCursor(state, rows)]
        state.browser.expanded.remove(row.article)
        let collapsed = BrowserRows.rows(library: state.library, expanded: state.browser.expanded)
        state.browser.cursor = collapsed.firstIndex { $0.article == row.article && $0.kind == .article } ?? 0
    }

    /// `→`: unfolds the article, parsing it when needed.
    static func expand(_ row: BrowserRow, state: inout AppState, effects: inout [Effect]) {
        guard row.kind != .failed else { return }
        state.browser.expanded.insert(row.article)
        if state.library.documents[row.article] == nil { effects.append(.loadArticle(row.article)) }
    }

    /// Enter: opens the article where it was left, or jumps to the section.
    static func activate(_ row: BrowserRow, state: inout AppState, effects: inout [Effect]) {
        switch row.kind {
        case .article:
            expand(row, state: &state, effects: &effects)
            if row.article == state.reading.articleID {
                state.message = "Reading \(row.title)"
            } else {
                Navigator.open(article: row.article, state: &state, effects: &effects)
            }
        case .section(let index):
            guard let document = state.library.documents[row.article], document.sections.indices.contains(index) else { return }
            let offset = document.sections[index].range.start
            Navigator.jump(to: Location(article: row.article, offset: offset), placement: .top, state: &state, effects: &effects)
        case .failed:
            state.message = "\(row.article) \(row.title) — dossier check"
            return
        }
        PaneReducer.returnToReadingWhenFolded(from: .browser, state: &state)
    }
}
