import DossierCore

/// Which events a research brief covers: the timeline's filters (years, entity,
/// article, tag) and, optionally, one event.
public struct BriefSelection: Hashable, Sendable {
    var filter: TimelineFilter
    /// Only this event (an id), when set.
    var eventID: String?

    public init(filter: TimelineFilter = TimelineFilter(), eventID: String? = nil) {
        self.filter = filter
        self.eventID = eventID
    }

    /// The chosen events of `timeline`, in time order.
    func events(in timeline: Timeline) -> [Event] {
        timeline.events(matching: filter).filter { event in eventID.map { $0 == event.id } ?? true }
    }

    /// The selection in words, for the brief's title: "events tagged “visit”, 1947–1971".
    func description(in timeline: Timeline, sources: SourceReferences) -> String {
        if let eventID, let event = timeline.event(withID: eventID) { return event.title }
        var parts = ["events"]
        if let tag = filter.tag { parts.append("tagged “\(tag)”") }
        if let entity = filter.entityID { parts.append("involving \(timeline.entity(withID: entity)?.name ?? entity)") }
        if let article = filter.article { parts.append("told in \(sources.citation(article: article)?.title ?? article)") }
        switch (filter.fromYear, filter.toYear) {
        case let (from?, to?): parts.append("from \(from) to \(to)")
        case let (from?, nil): parts.append("from \(from)")
        case let (nil, to?): parts.append("up to \(to)")
        case (nil, nil): break
        }
        if parts.count == 1 { parts.append("of the whole timeline") }
        return parts.joined(separator: " ")
    }
}
