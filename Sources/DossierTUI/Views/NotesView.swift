/// The notes pane. Notes arrive with the notes store; until then it says plainly how
/// they will appear — no made-up notes.
public struct NotesView: Widget {
    public var state: AppState
    public var theme: Theme

    public init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    /// The explanation shown until notes exist.
    public static let explanation = [
        "No notes yet.",
        "",
        "Notes on the passage or section in view will be listed here: select text in the reading pane with v, then h to highlight it or a to write a note.",
        "",
        "Highlighting and notes come with the notes store; this version reads only.",
    ]

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        PaneTitle(title: "Notes", detail: nil, focused: state.focus == .notes, theme: theme).render(into: &buffer, area: area)
        let body = PaneGeometry.body(of: area).inset(left: 1, right: 1)
        guard !body.isEmpty else { return }
        var lines: [WrappedLine] = []
        for paragraph in Self.explanation {
            if paragraph.isEmpty {
                lines.append(WrappedLine(segments: [], source: nil))
            } else {
                lines += LineWrapper(width: body.width).wrap([StyledRun(paragraph, style: theme.dim)])
            }
        }
        for (row, line) in lines.enumerated() where row < body.height {
            line.render(into: &buffer, at: Point(x: body.x, y: body.y + row), maxWidth: body.width)
        }
    }
}
