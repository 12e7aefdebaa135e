/// Every entity, era and event of a collection, with the lookups the reader needs: events in
/// chronological order, by id, era, article, entity and tag; the tellings in a passage of an
/// article; conflicts; an event's other tellings, neighbours in time and related events
/// (`related(to:limit:)`, see RelatedEvents.swift).
///
/// Build it with `TimelineLoader` from a collection's `entities.yaml` and `events.yaml`, or
/// directly from values (tests, other sources).
public struct Timeline: Sendable {
    /// The events ordered by date (`EventDate` ordering; equal dates keep the file's order).
    public let events: [Event]
    /// The eras ordered by date.
    let eras: [Era]
    public let uncovered: [Uncovered]
    /// The entities with name and alias lookup.
    public let directory: EntityDirectory

    private let indexByID: [String: Int]
    private let eraIndexByEvent: [Int?]
    private let indicesByEntity: [String: [Int]]
    private let indicesByTag: [String: [Int]]
    private let indicesByArticle: [String: [Int]]
    private let passages: [String: PassageIndex]

    public init(entities: [Entity] = [], eras: [Era] = [], events: [Event] = [], uncovered: [Uncovered] = []) {
        directory = EntityDirectory(entities)
        self.uncovered = uncovered
        self.eras = eras.enumerated().sorted { Self.chronological(($0.element.date, $0.offset), ($1.element.date, $1.offset)) }.map(\.element)
        let ordered = events.enumerated().sorted { Self.chronological(($0.element.date, $0.offset), ($1.element.date, $1.offset)) }.map(\.element)
        self.events = ordered
        var byID: [String: Int] = [:]
        var byEntity: [String: [Int]] = [:]
        var byTag: [String: [Int]] = [:]
        var byArticle: [String: [Int]] = [:]
        var passageEntries: [String: [PassageIndex.Entry]] = [:]
        for (index, event) in ordered.enumerated() {
            if byID[event.id] == nil { byID[event.id] = index }
            for entity in Set(event.entities) { byEntity[entity, default: []].append(index) }
            for tag in Set(event.tags.map(FoldedText.string)) { byTag[tag, default: []].append(index) }
            for article in event.articles { byArticle[article, default: []].append(index) }
            for (mentionIndex, mention) in event.mentions.enumerated() {
                guard let range = mention.range else { continue }
                passageEntries[mention.article, default: []].append(PassageIndex.Entry(range: range, event: index, mention: mentionIndex))
            }
        }
        indexByID = byID
        indicesByEntity = byEntity
        indicesByTag = byTag
        indicesByArticle = byArticle
        passages = passageEntries.mapValues(PassageIndex.init)
        let sortedEras = self.eras
        eraIndexByEvent = ordered.map { event in
            var best: Int?
            for (index, era) in sortedEras.enumerated() where era.contains(event.date) {
                // The most recently begun era containing the event; of two begun together, the shorter.
                if let current = best {
                    let other = sortedEras[current]
                    if era.date.earliest > other.date.earliest || (era.date.earliest == other.date.earliest && era.date.latest < other.date.latest) {
                        best = index
                    }
                } else {
                    best = index
                }
            }
            return best
        }
    }

    /// A timeline with nothing in it (a collection without events).
    public static let empty = Timeline()

    private static func chronological(_ lhs: (EventDate, Int), _ rhs: (EventDate, Int)) -> Bool {
        if lhs.0 < rhs.0 { return true }
        if rhs.0 < lhs.0 { return false }
        return lhs.1 < rhs.1
    }

    public var entities: [Entity] { directory.entities }

    // MARK: Events

    public func event(withID id: String) -> Event? { indexByID[id].map { events[$0] } }

    /// The position of the event in `events` (chronological order).
    public func chronologicalIndex(of eventID: String) -> Int? { indexByID[eventID] }

    /// Event ids close to `id`, for "did you mean" messages.
    public func eventSuggestions(for id: String, limit: Int = 5) -> [Event] {
        CloseMatches.best(for: id, among: events.map(\.id) + events.map(\.title), limit: limit * 2)
            .compactMap { candidate in event(withID: candidate) ?? events.first { $0.title == candidate } }
            .reduce(into: [Event]()) { result, event in if !result.contains(event) { result.append(event) } }
            .prefix(limit).map { $0 }
    }

    /// The events told by `article`, in chronological order.
    public func events(toldIn article: String) -> [Event] { (indicesByArticle[article] ?? []).map { events[$0] } }

    /// The events involving the entity with id `entityID`, in chronological order.
    public func events(involving entityID: String) -> [Event] { (indicesByEntity[entityID] ?? []).map { events[$0] } }

    /// The events with `tag` (case and diacritics ignored), in chronological order.
    public func events(taggedWith tag: String) -> [Event] { (indicesByTag[FoldedText.string(tag)] ?? []).map { events[$0] } }

    /// The events `filter` lets through, in chronological order.
    public func events(matching filter: TimelineFilter) -> [Event] { events.filter(filter.matches) }

    /// Every tag with the number of events carrying it, most used first.
    public var tags: [(tag: String, count: Int)] {
        var counts: [String: (String, Int)] = [:]
        for event in events {
            for tag in event.tags { counts[FoldedText.string(tag), default: (tag, 0)].1 += 1 }
        }
        return counts.values.map { (tag: $0.0, count: $0.1) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.tag < $1.tag }
    }

    // MARK: Entities

    public func entity(withID id: String) -> Entity? { directory.entity(withID: id) }

    /// An entity by id, name or alias, ignoring case and diacritics.
    public func lookupEntity(_ name: String) -> EntityDirectory.Lookup { directory.lookup(name) }

    // MARK: Eras

    /// The era the event is grouped under: of the eras containing its first day, the one that began last.
    public func era(of event: Event) -> Era? {
        guard let index = indexByID[event.id], let era = eraIndexByEvent[index] else { return nil }
        return eras[era]
    }

    /// The events grouped under `era`, in chronological order.
    public func events(in era: Era) -> [Event] {
        guard let eraIndex = eras.firstIndex(where: { $0.id == era.id }) else { return [] }
        return events.indices.filter { eraIndexByEvent[$0] == eraIndex }.map { events[$0] }
    }

    /// A run of consecutive events under one era (or under none).
    public struct EraGroup: Hashable, Sendable {
        public var era: Era?
        public var events: [Event]
    }

    /// `events` (or the given subset, in chronological order) cut into runs that share an era.
    public func eraGroups(of subset: [Event]? = nil) -> [EraGroup] {
        var groups: [EraGroup] = []
        for event in subset ?? events {
            let era = self.era(of: event)
            if let last = groups.last, last.era?.id == era?.id {
                groups[groups.count - 1].events.append(event)
            } else {
                groups.append(EraGroup(era: era, events: [event]))
            }
        }
        return groups
    }

    // MARK: Passages

    /// The tellings whose quote overlaps `range` of `article`'s plain text, in text order
    /// (for an empty range: the tellings containing its offset).
    public func tellings(in article: String, overlapping range: TextRange) -> [EventTelling] {
        (passages[article]?.overlapping(range) ?? []).map { EventTelling(event: events[$0.event], mention: events[$0.event].mentions[$0.mention]) }
    }

    /// The tellings whose quote contains `offset`.
    public func tellings(in article: String, at offset: Int) -> [EventTelling] {
        tellings(in: article, overlapping: TextRange(start: offset, end: offset))
    }

    /// Every resolved telling of `article`, in text order.
    public func tellings(in article: String) -> [EventTelling] {
        (passages[article]?.all ?? []).map { EventTelling(event: events[$0.event], mention: events[$0.event].mentions[$0.mention]) }
    }

    /// The events told in `range` of `article`, each once, in chronological order.
    public func events(in article: String, overlapping range: TextRange) -> [Event] {
        let indices = Set((passages[article]?.overlapping(range) ?? []).map(\.event))
        return indices.sorted().map { events[$0] }
    }

    // MARK: Across articles

    /// The event's tellings, leaving out those of `article` (all of them when nil), in the order of `events.yaml`.
    func otherTellings(of eventID: String, besides article: String? = nil) -> [EventTelling] {
        guard let event = event(withID: eventID) else { return [] }
        return event.mentions.filter { $0.article != article }.map { EventTelling(event: event, mention: $0) }
    }

    /// The events just before and after in time, across all articles.
    public struct Neighbours: Hashable, Sendable {
        public var previous: Event?
        public var next: Event?
    }

    public func neighbours(of eventID: String) -> Neighbours {
        guard let index = indexByID[eventID] else { return Neighbours() }
        return Neighbours(previous: index > 0 ? events[index - 1] : nil, next: index + 1 < events.count ? events[index + 1] : nil)
    }

    /// Every conflict, in the chronological order of its event.
    public var conflicts: [EventConflict] {
        events.flatMap { event in event.conflicts.map { EventConflict(event: event, conflict: $0) } }
    }

    /// The number of events mentioning each entity (for rarity weights).
    func eventCount(involving entityID: String) -> Int { indicesByEntity[entityID]?.count ?? 0 }
}
