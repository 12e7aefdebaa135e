/// The lines between panes: `│` in one-column rectangles, `─` in one-row ones.
public struct Separators: Widget {
    public var rects: [Rect]
    public var theme: Theme

    public init(rects: [Rect], theme: Theme) {
        self.rects = rects
        self.theme = theme
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        for rect in rects {
            let clipped = rect.intersection(area)
            buffer.fill(clipped, with: rect.width == 1 ? "│" : "─", style: theme.separator)
        }
    }
}
