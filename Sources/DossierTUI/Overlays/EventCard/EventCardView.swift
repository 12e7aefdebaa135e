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

    /// The card's lines at the width the screen gives it (kept in ``AppState/eventCardCache``
    /// when they are the ones kept there, else laid out), and the popup frame sized to them;
    /// nil when the timeline is not loaded or has no such event. Shared by the view and the
    /// reducer that scrolls the card.
    static func laidOut(_ card: EventCard, state: AppState) -> (content: EventCardContent, frame: Rect)? {
        guard let timeline = state.library.timeline else { return nil }
        let key = cacheKey(card, state: state)
        guard let content = state.eventCardCache.content(for: key)
                ?? EventCardContent.make(eventID: card.eventID, timeline: timeline, collection: state.library.collection,
                                         notes: state.annotations, width: key.width) else { return nil }
        return (content, PopupGeometry.frame(screen: state.size, preferredWidth: preferredWidth, contentHeight: content.lines.count))
    }

    /// What the card's lines depend on: the event, the width the screen gives the card, the notes.
    static func cacheKey(_ card: EventCard, state: AppState) -> EventCardCache.Key {
        let full = PopupGeometry.frame(screen: state.size, preferredWidth: preferredWidth, contentHeight: state.size.height)
        return EventCardCache.Key(eventID: card.eventID, width: PopupGeometry.body(of: full).width, notesRevision: state.annotations.revision)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard let (content, frame) = Self.laidOut(card, state: state) else { return }
        let body = PopupGeometry.body(of: frame)
        let top = max(0, min(card.top, content.lines.count - body.height))
        let keys = KeyMap.defaults
        let more = content.lines.count > body.height ? "\(keys.keyName(.lineDown, in: .global))/\(keys.keyName(.lineUp, in: .global)) · " : ""
        let footer = "\(more)\(keys.keyName(.activate, in: .global)) open · \(keys.keyName(.sideBySide, in: .eventCard)) side by side · \(keys.keyName(.previousEvent)) \(keys.keyName(.nextEvent)) before/after · \(keys.keyName(.cancel, in: .global)) close"
        PopupFrame(title: content.title, footer: footer, theme: theme).render(into: &buffer, area: frame)
        Self.drawLines(content, top: top, selected: card.selected, in: body, into: &buffer, theme: theme)
    }

    /// Draws `content` from line `top` into `body`, the lines of row `selected` highlighted:
    /// the body of the card and of the entity page.
    static func drawLines(_ content: EventCardContent, top: Int, selected: Int, in body: Rect, into buffer: inout ScreenBuffer, theme: Theme) {
        let chosen = content.items.indices.contains(selected) ? content.items[selected].lines : 0..<0
        for row in 0..<body.height {
            let index = top + row
            guard content.lines.indices.contains(index) else { break }
            let y = body.y + row
            ReadingView.drawText(content.lines[index], at: Point(x: body.x, y: y), width: body.width, theme: theme, into: &buffer)
            if chosen.contains(index) { buffer.patchStyle(Rect(x: body.x, y: y, width: body.width, height: 1), with: theme.selection) }
        }
    }
}
