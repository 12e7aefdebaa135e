/// A bordered box with a title, cleared inside: the frame of every popup.
public struct PopupFrame: Widget {
    public var title: String
    public var footer: String?
    public var theme: Theme

    public init(title: String, footer: String? = nil, theme: Theme) {
        self.title = title
        self.footer = footer
        self.theme = theme
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
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
        if let footer {
            let text = TextFit.truncated(" \(footer) ", width: area.width - 4)
            buffer.put(text, x: area.maxX - 2 - DisplayWidth.of(text), y: area.maxY - 1, style: theme.dim)
        }
    }
}
