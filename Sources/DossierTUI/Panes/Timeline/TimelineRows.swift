import DossierCore

/// One row of the timeline pane: an era heading or an event.
enum TimelineRow: Hashable, Sendable {
    /// The heading of a run of events under one era (`nil`: events outside every era).
    case era(Era?)
    /// An event, by index into `Timeline.events`.
    case event(Int)

    /// The event's index, for an event row.
    var eventIndex: Int? {
        if case .event(let index) = self { return index }
        return nil
    }
}

/// The rows of the timeline pane: the events the filter lets through, in time order,
/// under the heading of their era.
enum TimelineRows {
    static func rows(timeline: Timeline, filter: TimelineFilter) -> [TimelineRow] {
        let events = filter.isEmpty ? timeline.events : timeline.events(matching: filter)
        var rows: [TimelineRow] = []
        for group in timeline.eraGroups(of: events) {
            rows.append(.era(group.era))
            for event in group.events {
                if let index = timeline.chronologicalIndex(of: event.id) { rows.append(.event(index)) }
            }
        }
        return rows
    }

    /// The row showing the event with `id`.
    static func row(of id: String?, in rows: [TimelineRow], timeline: Timeline) -> Int? {
        guard let id, let index = timeline.chronologicalIndex(of: id) else { return nil }
        return rows.firstIndex(of: .event(index))
    }
}
