/// The entity page over the panes: its lines from the top line, the chosen row
/// highlighted, the keys in the frame's footer.
struct EntityPageView: Widget {
    var page: EntityPage
    var state: AppState
    var theme: Theme

    /// The page's lines at the width the screen gives it, and the popup frame sized to them
    /// (as wide as the event card); nil when the timeline is not loaded or has no such
    /// entity. Shared by the view and the reducer that scrolls the page.
    static func laidOut(_ page: EntityPage, state: AppState) -> (content: EventCardContent, frame: Rect)? {
        guard let timeline = state.library.timeline else { return nil }
        let preferredWidth = EventCardView.preferredWidth
        let full = PopupGeometry.frame(screen: state.size, preferredWidth: preferredWidth, contentHeight: state.size.height)
        guard let content = EntityPageContent.make(page, timeline: timeline, notes: state.annotations,
                                                   width: PopupGeometry.body(of: full).width) else { return nil }
        return (content, PopupGeometry.frame(screen: state.size, preferredWidth: preferredWidth, contentHeight: content.lines.count))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard let (content, frame) = Self.laidOut(page, state: state) else { return }
        let body = PopupGeometry.body(of: frame)
        let top = max(0, min(page.top, content.lines.count - body.height))
        let keys = KeyMap.defaults
        let more = content.lines.count > body.height ? "\(keys.keyName(.lineDown, in: .global))/\(keys.keyName(.lineUp, in: .global)) · " : ""
        let footer = "\(more)\(keys.keyName(.activate, in: .global)) open · \(keys.keyName(.filterTimeline, in: .popup)) filter the timeline · "
            + "\(keys.keyName(.cancel, in: .global)) close"
        PopupFrame(title: content.title, footer: footer, theme: theme).render(into: &buffer, area: frame)
        EventCardView.drawLines(content, top: top, selected: page.selected, in: body, into: &buffer, theme: theme)
    }
}
