import DossierCore

/// The collection search's hits, grouped by article, each with its section and context.
struct SearchResultsView: Widget {
    var results: CollectionSearchResults
    var library: LibraryState
    var theme: Theme

    init(results: CollectionSearchResults, library: LibraryState, theme: Theme) {
        self.results = results
        self.library = library
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let frame = PopupGeometry.frame(screen: area.size, contentHeight: area.height)
        let count = results.hits.count
        let hits = results.shownHits
        let more = results.isComplete ? "" : " so far, searching…"
        PopupFrame(title: "“\(results.query)” in all articles: \(count) \(count == 1 ? "passage" : "passages")\(more)",
                   footer: "\(KeyMap.defaults.keyName(.activate, in: .global)) open · \(KeyMap.defaults.keyName(.cancel, in: .global)) close",
                   filter: results.filter.caption(shown: hits.count, of: count), theme: theme)
            .render(into: &buffer, area: frame)
        let body = PopupGeometry.body(of: frame)
        let rows = SearchResultRows.rows(for: hits)
        for screenRow in 0..<body.height {
            let index = results.cursor.top + screenRow
            guard rows.indices.contains(index) else { break }
            let y = body.y + screenRow
            switch rows[index] {
            case .article(let id, let hits):
                let title = library.article(id)?.metadata.title ?? id
                let text = "\(id) — \(title) (\(hits))"
                buffer.put(TextFit.truncated(text, width: body.width), x: body.x, y: y, style: theme.heading, maxWidth: body.width)
            case .hit(let hitIndex):
                let hit = hits[hitIndex]
                let section = hit.sectionTitle.isEmpty ? "opening" : hit.sectionTitle
                let selected = hitIndex == results.cursor.selected
                let style = selected ? theme.selection : theme.text
                let row = Rect(x: body.x, y: y, width: body.width, height: 1)
                buffer.fill(row, style: style)
                var x = body.x + 2
                x += buffer.put(TextFit.truncated(section, width: max(8, body.width / 3)), x: x, y: y, style: style.patched(with: theme.strong), maxWidth: body.maxX - x)
                x += buffer.put(": ", x: x, y: y, style: style, maxWidth: body.maxX - x)
                buffer.put(TextFit.truncated(hit.context, width: body.maxX - x), x: x, y: y, style: style, maxWidth: body.maxX - x)
            }
        }
    }
}
