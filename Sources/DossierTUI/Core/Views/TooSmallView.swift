/// What a screen under 40×10 shows instead of the panes.
struct TooSmallView: Widget {
    var theme: Theme

    init(theme: Theme) {
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let minimum = ScreenLayout.usableMinimum
        let lines = [
            "Terminal too small",
            "\(area.width)×\(area.height); need \(minimum.width)×\(minimum.height)",
            "Enlarge it, or q to quit",
        ]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < area.maxY {
            let text = TextFit.truncated(line, width: area.width)
            let x = area.x + max(0, (area.width - DisplayWidth.of(text)) / 2)
            buffer.put(text, x: x, y: top + index, style: index == 0 ? theme.heading : theme.dim, maxWidth: area.maxX - x)
        }
    }
}
