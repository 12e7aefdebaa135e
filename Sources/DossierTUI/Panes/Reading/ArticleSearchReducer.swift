import DossierCore

/// Searching the article being read: `/` runs a query, `n`/`N` go to the next and
/// previous match in screen order, wrapping around.
enum ArticleSearchReducer {
    /// The matches of `text` in `document`, or `nil` when the text holds no word.
    static func search(_ text: String, article: String, document: Document) -> ArticleSearch? {
        guard let query = SearchQuery(text) else { return nil }
        let hits = TextSearch.search(query, in: document, article: article)
            .flatMap(\.matches)
            .map { $0.start..<$0.end }
            .sorted { $0.lowerBound < $1.lowerBound }
        return ArticleSearch(query: text, hits: hits, article: article)
    }

    /// Runs `text` as a search of the current article and jumps to the first match after
    /// the cursor.
    static func submit(_ text: String, state: inout AppState, effects: inout [Effect]) {
        guard let document = state.document else { return }
        guard let search = search(text, article: state.reading.articleID, document: document) else {
            state.message = "Type a word to search for"
            return
        }
        state.reading.search = search
        guard !search.hits.isEmpty else {
            state.message = "Pattern not found: \(text)"
            return
        }
        step(forward: true, state: &state, effects: &effects)
    }

    /// `n` (forward) or `N`: the next match in screen order from the cursor line.
    static func step(forward: Bool, state: inout AppState, effects: inout [Effect]) {
        guard var search = state.reading.search else {
            state.message = "No search yet: type / and a word"
            return
        }
        guard let layout = state.laidOutArticle, !search.hits.isEmpty else {
            state.message = "Pattern not found: \(search.query)"
            return
        }
        let lines = layout.lineIndices(containing: search.hits.map(\.lowerBound))
        let keys = search.hits.enumerated().map { (line: lines[$0.offset], start: $0.element.lowerBound, index: $0.offset) }
            .sorted { ($0.line, $0.start) < ($1.line, $1.start) }
        let cursor = state.reading.cursorLine
        let currentStart = search.current.flatMap { current in keys.first { $0.index == current && $0.line == cursor }?.start }
        let chosen: (line: Int, start: Int, index: Int)?
        var wrapped = false
        if forward {
            chosen = keys.first { $0.line > cursor || ($0.line == cursor && $0.start > (currentStart ?? -1)) } ?? {
                wrapped = true
                return keys.first
            }()
        } else {
            chosen = keys.last { $0.line < cursor || ($0.line == cursor && $0.start < (currentStart ?? Int.max) && currentStart != nil) } ?? {
                wrapped = true
                return keys.last
            }()
        }
        guard let chosen else { return }
        search.current = chosen.index
        state.reading.search = search
        let position = (keys.firstIndex { $0.index == chosen.index } ?? 0) + 1
        state.history.record(Navigator.currentLocation(state))
        state.reading.cursorLine = chosen.line
        let height = state.readingHeight
        if chosen.line < state.reading.topLine || chosen.line >= state.reading.topLine + height {
            state.reading.topLine = max(0, chosen.line - height / 3)
        }
        ReadingReducer.clamp(state: &state, layout: layout)
        let note = wrapped ? (forward ? " (wrapped to the top)" : " (wrapped to the bottom)") : ""
        state.message = "Match \(position) of \(keys.count) for \(search.query)\(note)"
    }
}
