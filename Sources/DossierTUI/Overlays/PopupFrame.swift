/// A bordered box with a title, cleared inside: the frame of every popup. A list popup's
/// typed filter shows at the left of the bottom border, the keys at its right.
struct PopupFrame: Widget {
    var title: String
    var footer: String?
    var filter: String?
    var theme: Theme

    init(title: String, footer: String? = nil, filter: String? = nil, theme: Theme) {
        self.title = title
        self.footer = footer
        self.filter = filter
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.width >= 2, area.height >= 2 else { return }
        buffer.fill(area, style: theme.text)
        let border = theme.paneTitle
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: "─", style: border)
        buffer.fill(Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1), with: "─", style: border)
        buffer.fill(Rect(x: area.x, y: area.y, width: 1, height: area.height), with: "│", style: border)
        buffer.fill(Rect(x: area.maxX - 1, y: area.y, width: 1, height: area.height), with: "│", style: border)
        buffer.put("┌", x: area.x, y: area.y, style: border)
        buffer.put("┐", x: area.maxX - 1, y: area.y, style: border)
        buffer.put("└", x: area.x, y: area.maxY - 1, style: border)
        buffer.put("┘", x: area.maxX - 1, y: area.maxY - 1, style: border)
        let heading = TextFit.truncated(" \(title) ", width: area.width - 4)
        buffer.put(heading, x: area.x + 2, y: area.y, style: theme.focusedPaneTitle)
        // A typed filter wins the room (what was typed must stay visible); the keys take the rest.
        var filterWidth = 0
        if let filter {
            let text = TextFit.truncated(" \(filter) ", width: area.width - 4)
            filterWidth = DisplayWidth.of(text) + 1
            buffer.put(text, x: area.x + 2, y: area.maxY - 1, style: theme.focusedPaneTitle)
        }
        if let footer, filter == nil || area.width - 4 - filterWidth >= 10 {
            let text = TextFit.truncated(" \(footer) ", width: area.width - 4 - filterWidth)
            buffer.put(text, x: area.maxX - 2 - DisplayWidth.of(text), y: area.maxY - 1, style: theme.dim)
        }
    }
}
