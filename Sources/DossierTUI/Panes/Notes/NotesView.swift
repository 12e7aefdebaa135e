/// The notes pane as the reader shows it: the notes of the passage or section in view
/// (``NotesPaneView``) once the notes are loaded; while they load, or when the database
/// cannot be used, a plain sentence saying so.
public struct NotesView: Widget {
    public var state: AppState
    public var theme: Theme

    public init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let focused = state.focus == .notes
        switch state.annotations.availability {
        case .ready:
            NotesPaneView(model: state.notesPaneModel, selected: state.notes.selected, top: state.notes.top,
                          focused: focused, theme: theme).render(into: &buffer, area: area)
        case .loading:
            message(["Loading the notes…"], detail: nil, focused: focused, into: &buffer, area: area)
        case .unavailable(let reason):
            message(["Notes are off.", "", reason], detail: "off", focused: focused, into: &buffer, area: area)
        }
    }

    private func message(_ paragraphs: [String], detail: String?, focused: Bool, into buffer: inout ScreenBuffer, area: Rect) {
        PaneTitle(title: "Notes", detail: detail, focused: focused, theme: theme).render(into: &buffer, area: area)
        let body = PaneGeometry.body(of: area).inset(left: 1, right: 1)
        guard !body.isEmpty else { return }
        var row = 0
        for paragraph in paragraphs {
            let lines = paragraph.isEmpty ? [WrappedLine(segments: [], source: nil)] : LineWrapper(width: body.width).wrap([StyledRun(paragraph, style: theme.dim)])
            for line in lines {
                guard row < body.height else { return }
                line.render(into: &buffer, at: Point(x: body.x, y: body.y + row), maxWidth: body.width)
                row += 1
            }
        }
    }
}
