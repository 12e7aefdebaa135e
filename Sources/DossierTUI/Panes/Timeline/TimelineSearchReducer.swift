import DossierCore

/// Searching and jumping in the timeline pane: `/` finds events by title, summary and date
/// (case and diacritics ignored, as type-to-filter does), `n`/`N` select the next and
/// previous match, wrapping around; `Y` selects the first event of a year, or the nearest after.
enum TimelineSearchReducer {
    /// Runs `text` against the events the timeline shows (its filter applies) and selects
    /// the first match from the selected event on.
    static func submit(_ text: String, state: inout AppState) {
        guard let timeline = state.library.timeline else {
            state.message = "The timeline is still loading"
            return
        }
        let events = shownEvents(timeline: timeline, state: state)
        let labels = events.map { event in "\(event.title) \(event.summary) \(event.date.display) \(TimelineView.yearLabel(event.date))" }
        let ids = ListFilter(text: text).indices(matching: labels).map { events[$0].id }
        state.timelinePane.search = TimelineSearch(query: text, eventIDs: ids)
        guard !ids.isEmpty else {
            state.message = "No event matches \(text)" + (state.timelinePane.filterLabel.map { " among those of \($0) (F clears the filter)" } ?? "")
            return
        }
        step(forward: true, fromSelected: true, state: &state)
    }

    /// `n` / `N` in the timeline: the next or previous matching event after the selected one
    /// (`fromSelected`: or the selected one itself).
    static func step(forward: Bool, fromSelected: Bool = false, state: inout AppState) {
        guard let search = state.timelinePane.search, let timeline = state.library.timeline else {
            state.message = "No search yet: type / and a word"
            return
        }
        let order = shownEvents(timeline: timeline, state: state).map(\.id)
        // Each id's place looked up at once, not searched for: a search matching hundreds of
        // a collection's thousands of events steps as fast as one matching a few.
        let place = Dictionary(order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let positions = search.eventIDs.compactMap { place[$0] }
        guard !positions.isEmpty else {
            state.message = "No event matches \(search.query)"
            return
        }
        let current = state.timelinePane.selectedEventID.flatMap { place[$0] }.map { fromSelected ? $0 - 1 : $0 }
        var wrapped = false
        let chosen: Int
        if forward {
            chosen = positions.first { $0 > (current ?? -1) } ?? {
                wrapped = current != nil
                return positions[0]
            }()
        } else {
            chosen = positions.last { $0 < (current ?? order.count) } ?? {
                wrapped = true
                return positions[positions.count - 1]
            }()
        }
        state.timelinePane.selectedEventID = order[chosen]
        let number = (positions.firstIndex(of: chosen) ?? 0) + 1
        let note = wrapped ? (forward ? " (wrapped to the first)" : " (wrapped to the last)") : ""
        state.message = "Event \(number) of \(positions.count) for \(search.query)\(note) — Enter opens its telling"
    }

    /// `Y` and a year: the first event the timeline shows in that year, else the nearest after.
    static func jump(toYear text: String, state: inout AppState) {
        guard let timeline = state.library.timeline else {
            state.message = "The timeline is still loading"
            return
        }
        guard let year = Int(text) else {
            state.message = "Type a year, such as 1965"
            return
        }
        let events = shownEvents(timeline: timeline, state: state)
        guard let event = events.first(where: { $0.date.start.year >= year }) else {
            state.message = "No event in or after \(year)" + (events.last.map { "; the last is in \($0.date.display)" } ?? "")
            return
        }
        state.timelinePane.selectedEventID = event.id
        state.message = event.date.start.year == year ? "\(event.date.display) · \(event.title)"
                                                      : "No event in \(year); the next is \(event.date.display) · \(event.title)"
    }

    /// The events the timeline pane shows (its filter applied), in its order.
    static func shownEvents(timeline: Timeline, state: AppState) -> [Event] {
        TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter).compactMap(\.eventIndex).map { timeline.events[$0] }
    }
}
