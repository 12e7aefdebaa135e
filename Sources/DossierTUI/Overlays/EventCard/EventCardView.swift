/// The event card over the panes: the card's lines from its top line, the chosen row
/// highlighted, the keys in the frame's footer.
struct EventCardView: Widget {
    var card: EventCard
    var state: AppState
    var theme: Theme

    init(card: EventCard, state: AppState, theme: Theme) {
        self.card = card
        self.state = state
        self.theme = theme
    }

    /// Columns the card asks for; narrower screens get what they have.
    static let preferredWidth = 100

    /// The card's lines at the width the screen gives it, and the popup frame sized to them;
    /// nil when the timeline is not loaded or has no such event. Shared by the view and the
    /// reducer that scrolls the card.
    static func laidOut(_ card: EventCard, state: AppState) -> (content: EventCardContent, frame: Rect)? {
        guard let timeline = state.library.timeline else { return nil }
        let full = PopupGeometry.frame(screen: state.size, preferredWidth: preferredWidth, contentHeight: state.size.height)
        guard let content = EventCardContent.make(eventID: card.eventID, timeline: timeline, collection: state.library.collection,
                                                  notes: state.annotations.collection, width: PopupGeometry.body(of: full).width) else { return nil }
        return (content, PopupGeometry.frame(screen: state.size, preferredWidth: preferredWidth, contentHeight: content.lines.count))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard let (content, frame) = Self.laidOut(card, state: state) else { return }
        let body = PopupGeometry.body(of: frame)
        let top = max(0, min(card.top, content.lines.count - body.height))
        let keys = KeyMap.defaults
        let more = content.lines.count > body.height ? "\(keys.keyName(.lineDown, in: .global))/\(keys.keyName(.lineUp, in: .global)) · " : ""
        let footer = "\(more)\(keys.keyName(.activate, in: .global)) open · \(keys.keyName(.previousEvent)) \(keys.keyName(.nextEvent)) before/after · \(keys.keyName(.cancel, in: .global)) close"
        PopupFrame(title: content.title, footer: footer, theme: theme).render(into: &buffer, area: frame)
        let chosen = content.items.indices.contains(card.selected) ? content.items[card.selected].lines : 0..<0
        for row in 0..<body.height {
            let index = top + row
            guard content.lines.indices.contains(index) else { break }
            let y = body.y + row
            for segment in content.lines[index].segments where segment.column < body.width {
                buffer.put(segment.text, x: body.x + segment.column, y: y, style: theme.text.patched(with: theme.adapted(segment.style)),
                           maxWidth: body.width - segment.column)
            }
            if chosen.contains(index) { buffer.patchStyle(Rect(x: body.x, y: y, width: body.width, height: 1), with: theme.selection) }
        }
    }
}
