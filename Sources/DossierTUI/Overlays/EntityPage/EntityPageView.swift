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
        guard let content = EntityPageContent.make(page, timeline: timeline, notes: state.annotations,
                                                   width: PopupGeometry.bodyWidth(screen: state.size, preferredWidth: preferredWidth)) else { return nil }
        return (content, PopupGeometry.frame(screen: state.size, preferredWidth: preferredWidth, contentHeight: content.lines.count))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard let (content, frame) = Self.laidOut(page, state: state) else { return }
        let keys = KeyMap.defaults
        let footer = "\(keys.keyName(.activate, in: .global)) open · \(keys.keyName(.filterTimeline, in: .popup)) filter the timeline · "
            + "\(keys.keyName(.cancel, in: .global)) close"
        EventCardView.drawPage(content, in: frame, top: page.top, selected: page.selected, footer: footer, into: &buffer, theme: theme)
    }
}
