import DossierCore

/// The timeline as a pane: the top of the right column; while it is not focused its
/// selection follows the reading.
enum TimelinePane: PaneContent {
    static let title = "Timeline"
    static let placement = PanePlacement.right(share: 3)

    static func keyContexts(_ state: AppState) -> [KeyContext] { [.timeline] }

    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect]) {
        TimelineReducer.handle(command, state: &state, effects: &effects)
    }

    /// While the timeline is not focused, its selection follows the reading — the event told
    /// on the cursor line, else the events told on screen — and is always kept in view.
    static func normalize(_ state: inout AppState) {
        guard let timeline = state.library.timeline else { return }
        var followed = false
        if state.focus != .timeline && state.overlay == nil {
            let onCursorLine = ReadingViewport.eventIDs(onLine: state.reading.cursorLine, state)
            let candidates = onCursorLine.isEmpty ? ReadingViewport.visibleEventIDs(state) : onCursorLine
            if let first = candidates.first, !candidates.contains(state.timelinePane.selectedEventID ?? "") {
                state.timelinePane.selectedEventID = first
                followed = true
            }
        }
        let rows = TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter)
        if state.timelinePane.selectedEventID == nil, let first = rows.lazy.compactMap(\.eventIndex).first {
            state.timelinePane.selectedEventID = timeline.events[first].id
        }
        guard let row = TimelineRows.row(of: state.timelinePane.selectedEventID, in: rows, timeline: timeline) else { return }
        let height = state.listHeight(of: .timeline)
        var cursor = ListCursor(selected: row, top: state.timelinePane.top)
        if followed {
            // Following the reading: the event being read a third of the way down.
            cursor.top = max(0, row - height / 3)
        }
        cursor.keepVisible(count: rows.count, height: height)
        // Show the era heading above the first event of an era when it fits.
        if cursor.top == row, row > 0, rows[row - 1].eventIndex == nil { cursor.top = row - 1 }
        state.timelinePane.top = cursor.top
    }

    /// The wheel moves the selection (and focuses the timeline, so it stops following).
    static func wheel(_ delta: Int, state: inout AppState) {
        guard let timeline = state.library.timeline else { return }
        let rows = TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter)
        TimelineReducer.move(by: delta, rows: rows, timeline: timeline, state: &state)
        state.focus = .timeline
    }

    /// A click selects the event; on the selected event (or a double click), jumps to its telling.
    static func click(at point: Point, body: Rect, double: Bool, state: inout AppState, effects: inout [Effect]) {
        guard let timeline = state.library.timeline else { return }
        let list = listArea(of: body)
        guard list.contains(x: point.x, y: point.y) else { return }
        let rows = TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter)
        let row = state.timelinePane.top + (point.y - list.y)
        guard rows.indices.contains(row), let index = rows[row].eventIndex else { return }
        let wasSelected = state.timelinePane.selectedEventID == timeline.events[index].id
        state.timelinePane.selectedEventID = timeline.events[index].id
        if wasSelected || double { TimelineReducer.jumpToSelected(timeline: timeline, state: &state, effects: &effects) }
    }

    /// The body without its density strip.
    static func listArea(of body: Rect) -> Rect {
        body.inset(top: 1)
    }

    /// The events shown (as filtered), or that they are loading.
    static func titleDetail(_ state: AppState) -> String? {
        guard let timeline = state.library.timeline else { return "loading…" }
        let filter = state.timelinePane.filter
        let count = filter.isEmpty ? timeline.events.count : timeline.events(matching: filter).count
        return state.timelinePane.filterLabel.map { "\($0) (\(count))" } ?? Count.phrase(count, "event")
    }

    static func bodyView(_ state: AppState, theme: Theme) -> any Widget {
        TimelineView(state: state, theme: theme)
    }
}
