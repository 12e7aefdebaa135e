import DossierCore

/// The timeline pane's body: the decade density strip, then every event (as filtered) in time
/// order under its era. Events told in the passage on screen carry `▸`, events whose
/// tellings conflict `!`, events with notes (linking to them, or on their tellings)
/// `✎`; the selected event is highlighted.
struct TimelineView: Widget {
    var state: AppState
    var theme: Theme

    init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let focused = state.focus == .timeline
        guard let timeline = state.library.timeline else {
            let message = state.library.timelineProblem ?? "Loading the events…"
            buffer.put(TextFit.truncated(message, width: area.width - 1), x: area.x + 1, y: area.y, style: theme.dim, maxWidth: area.width - 1)
            return
        }
        let filter = state.timelinePane.filter
        let events = filter.isEmpty ? timeline.events : timeline.events(matching: filter)
        let body = area
        let selected = state.timelinePane.selectedEventID.flatMap(timeline.event(withID:))
        DensityStrip(events: events, selectedDecade: selected?.date.decade, theme: theme)
            .render(into: &buffer, area: body.row(0))
        let list = TimelinePane.listArea(of: body)
        let rows = TimelineRows.rows(timeline: timeline, filter: filter)
        if rows.isEmpty {
            buffer.put("No events", x: list.x + 1, y: list.y, style: theme.dim, maxWidth: list.width - 1)
            return
        }
        let onScreen = Set(ReadingViewport.visibleEventIDs(state))
        let noted = state.annotations.derived.notedEvents
        for screenRow in 0..<list.height {
            let index = state.timelinePane.top + screenRow
            guard rows.indices.contains(index) else { break }
            let y = list.y + screenRow
            switch rows[index] {
            case .era(let era):
                let title = era.map { "\($0.title) \($0.date.display)" } ?? "Outside the named eras"
                buffer.put(TextFit.truncated("── " + title + " ──", width: list.width), x: list.x, y: y, style: theme.heading, maxWidth: list.width)
            case .event(let eventIndex):
                let event = timeline.events[eventIndex]
                drawEvent(event, told: onScreen.contains(event.id), noted: noted.contains(event.id.lowercased()),
                          selected: event.id == selected?.id, focused: focused,
                          at: Rect(x: list.x, y: y, width: list.width, height: 1), into: &buffer)
            }
        }
    }

    func drawEvent(_ event: Event, told: Bool, noted: Bool, selected: Bool, focused: Bool, at row: Rect, into buffer: inout ScreenBuffer) {
        var base = theme.text
        if selected { base = base.patched(with: focused ? theme.selection : Style(attributes: .underline)) }
        buffer.fill(row, style: base)
        if told { buffer.put("▸", x: row.x, y: row.y, style: base.patched(with: theme.gutterMark)) }
        if event.hasConflicts { buffer.put("!", x: row.x + 1, y: row.y, style: base.patched(with: theme.conflictMark)) }
        if noted { buffer.put(Self.noteMark, x: row.x + 2, y: row.y, style: base.patched(with: theme.gutterMark)) }
        let text = TextFit.padded(Self.yearLabel(event.date), width: 5) + " " + event.title
        buffer.put(TextFit.truncated(text, width: row.width - 3), x: row.x + 3, y: row.y, style: base, maxWidth: row.width - 3)
    }

    /// The mark of an event with notes.
    static let noteMark = "✎"

    /// Five columns for a date: `1948`, `~1972`, `1950s`, `C18` (the 18th century).
    static func yearLabel(_ date: EventDate) -> String {
        if date.start.precision == .century { return (date.approximate ? "~" : "") + "C\(date.start.year / 100 + 1)" }
        if date.start.precision == .decade { return "\(date.start.year)s" }
        return (date.approximate ? "~" : "") + "\(date.start.year)"
    }
}
