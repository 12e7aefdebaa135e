import DossierCore

/// The section browser's body: articles and the sections of unfolded ones, the article
/// and section being read marked, the selected row highlighted.
struct BrowserView: Widget {
    var state: AppState
    var theme: Theme

    init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let focused = state.focus == .browser
        let body = area
        let rows = BrowserRows.rows(library: state.library, expanded: state.browser.expanded)
        let current = state.currentSectionIndex
        for screenRow in 0..<body.height {
            let index = state.browser.top + screenRow
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            let y = body.y + screenRow
            var style = theme.text
            let prefix: String
            switch row.kind {
            case .article:
                let open = state.browser.expanded.contains(row.article)
                prefix = open ? "▾ " : "▸ "
                style = row.article == state.reading.articleID ? theme.strong : theme.text
            case .section(let section):
                prefix = String(repeating: "  ", count: row.depth) + (row.article == state.reading.articleID && section == current ? "• " : "  ")
                if row.article == state.reading.articleID && section == current { style = theme.strong }
            case .failed:
                prefix = "✗ "
                style = theme.error
            }
            let selected = index == state.browser.cursor
            if selected {
                style = style.patched(with: focused ? theme.selection : Style(attributes: .underline))
            }
            buffer.put(TextFit.padded(prefix, width: body.width), x: body.x, y: y, style: style, maxWidth: body.width)
            var x = body.x + DisplayWidth.of(prefix)
            if row.kind == .article || row.kind == .failed {
                // The id (the author's name, mostly) tells apart titles that begin alike.
                let idStyle = selected ? style : theme.dim.patched(with: style)
                x += buffer.put(row.article + " ", x: x, y: y, style: idStyle, maxWidth: body.maxX - x)
            }
            buffer.put(TextFit.truncated(row.title, width: body.maxX - x), x: x, y: y, style: style, maxWidth: body.maxX - x)
        }
    }
}
