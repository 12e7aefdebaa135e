/// A pane as it is drawn: the title row (highlighted when the pane has focus) and the
/// pane's body below it — the chrome every pane shares.
struct PaneFrame: Widget {
    var title: String
    var detail: String?
    var focused: Bool
    var theme: Theme
    /// What fills the pane under its title row.
    var body: any Widget

    init(title: String, detail: String?, focused: Bool, theme: Theme, body: any Widget) {
        self.title = title
        self.detail = detail
        self.focused = focused
        self.theme = theme
        self.body = body
    }

    /// `pane` as the reader shows it in `state`.
    init(pane: Pane, state: AppState, theme: Theme) {
        let content = pane.content
        self.init(title: content.title, detail: content.titleDetail(state), focused: state.focus == pane, theme: theme,
                  body: content.bodyView(state, theme: theme))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        PaneTitle(title: title, detail: detail, focused: focused, theme: theme).render(into: &buffer, area: area)
        body.render(into: &buffer, area: PaneGeometry.body(of: area))
    }
}
