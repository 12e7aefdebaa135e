/// The lines between panes: `│` in one-column rectangles, `─` in one-row ones.
struct Separators: Widget {
    var rects: [Rect]
    var theme: Theme

    init(rects: [Rect], theme: Theme) {
        self.rects = rects
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        for rect in rects {
            let clipped = rect.intersection(area)
            buffer.fill(clipped, with: rect.width == 1 ? "│" : "─", style: theme.separator)
        }
    }
}
