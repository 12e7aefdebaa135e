import DossierCore

/// The section browser as a pane: the left column, its list kept in view.
enum BrowserPane: PaneContent {
    static let title = "Sections"
    static let placement = PanePlacement.left

    static func keyContexts(_ state: AppState) -> [KeyContext] { [.browser] }

    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect]) {
        BrowserReducer.handle(command, state: &state, effects: &effects)
    }

    static func normalize(_ state: inout AppState) {
        let rows = BrowserRows.rows(library: state.library, expanded: state.browser.expanded)
        var browser = ListCursor(selected: state.browser.cursor, top: state.browser.top)
        browser.keepVisible(count: rows.count, height: state.listHeight(of: .browser))
        state.browser.cursor = browser.selected
        state.browser.top = browser.top
    }

    static func wheel(_ delta: Int, state: inout AppState) {
        let rows = BrowserRows.rows(library: state.library, expanded: state.browser.expanded)
        BrowserReducer.move(by: delta, rows: rows, height: state.listHeight(of: .browser), state: &state)
    }

    /// A click selects the row and opens it, as Enter does.
    static func click(at point: Point, body: Rect, double: Bool, state: inout AppState, effects: inout [Effect]) {
        let rows = BrowserRows.rows(library: state.library, expanded: state.browser.expanded)
        let row = state.browser.top + (point.y - body.y)
        guard rows.indices.contains(row) else { return }
        state.browser.cursor = row
        BrowserReducer.activate(rows[row], state: &state, effects: &effects)
    }

    static func titleDetail(_ state: AppState) -> String? {
        Count.phrase(state.library.collection.articles.count, "article")
    }

    static func bodyView(_ state: AppState, theme: Theme) -> any Widget {
        BrowserView(state: state, theme: theme)
    }
}
