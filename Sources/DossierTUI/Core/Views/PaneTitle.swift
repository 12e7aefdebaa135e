/// A pane's title row: its name and a detail, highlighted when the pane has focus.
struct PaneTitle: Widget {
    var title: String
    var detail: String?
    var focused: Bool
    var theme: Theme

    init(title: String, detail: String? = nil, focused: Bool, theme: Theme) {
        self.title = title
        self.detail = detail
        self.focused = focused
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let row = area.row(0)
        guard !row.isEmpty else { return }
        let style = focused ? theme.focusedPaneTitle : theme.paneTitle
        buffer.fill(row, style: style)
        var text = " " + title
        if let detail, !detail.isEmpty { text += " · " + detail }
        buffer.put(TextFit.truncated(text, width: row.width), x: row.x, y: row.y, style: style, maxWidth: row.width)
    }
}
