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
        EventCardCache.Key(eventID: card.eventID, width: PopupGeometry.bodyWidth(screen: state.size, preferredWidth: preferredWidth),
                           notesRevision: state.annotations.revision)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard let (content, frame) = Self.laidOut(card, state: state) else { return }
        let keys = KeyMap.defaults
        let footer = "\(keys.keyName(.activate, in: .global)) open · \(keys.keyName(.sideBySide, in: .eventCard)) side by side · \(keys.keyName(.previousEvent)) \(keys.keyName(.nextEvent)) before/after · \(keys.keyName(.cancel, in: .global)) close"
        Self.drawPage(content, in: frame, top: card.top, selected: card.selected, footer: footer, into: &buffer, theme: theme)
    }

    /// The first line shown of a page of `content` scrolled to `top` in a body `height` rows
    /// tall: `top`, kept inside the lines.
    static func shownTop(_ top: Int, content: EventCardContent, height: Int) -> Int {
        max(0, min(top, content.lines.count - height))
    }

    /// Draws a page laid out as ``EventCardContent`` — the event card, the entity page —
    /// in the popup `frame`: its lines from line `top`, the lines of row `selected`
    /// highlighted, `footer` in the frame after the scroll keys when the lines do not all fit.
    static func drawPage(_ content: EventCardContent, in frame: Rect, top: Int, selected: Int, footer: String,
                         into buffer: inout ScreenBuffer, theme: Theme) {
        let body = PopupGeometry.body(of: frame)
        let top = shownTop(top, content: content, height: body.height)
        let keys = KeyMap.defaults
        let more = content.lines.count > body.height ? "\(keys.keyName(.lineDown, in: .global))/\(keys.keyName(.lineUp, in: .global)) · " : ""
        PopupFrame(title: content.title, footer: more + footer, theme: theme).render(into: &buffer, area: frame)
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
