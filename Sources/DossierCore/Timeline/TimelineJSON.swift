/// The JSON shapes of `dossier timeline --json`, `dossier event --json` and `dossier entity --json`.
///
/// Keys are snake_case and always present (an absent value is `null`), so that scripts can rely
/// on them; the CLI prints them with sorted keys. The shapes are documented in the README
/// ("JSON output").
public enum TimelineJSON {
    /// A date: `value` in the `events.yaml` syntax, `display` for people.
    public struct DateValue: Encodable, Hashable, Sendable {
        public var value: String
        public var display: String
        /// `day`, `month`, `year`, `decade` or `century` (of the coarser end of a range).
        public var precision: String
        public var approximate: Bool
        var isRange: Bool

        init(_ date: EventDate) {
            value = date.description
            display = date.display
            precision = date.precision.name
            approximate = date.approximate
            isRange = date.isRange
        }

        enum CodingKeys: String, CodingKey {
            case value, display, precision, approximate
            case isRange = "is_range"
        }
    }

    /// An event in a list: `timeline`, an entity's events.
    public struct EventSummary: Encodable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var date: DateValue
        /// The era id, or null.
        public var era: String?
        /// Ids of the articles that tell it.
        public var articles: [String]
        public var entities: [String]
        public var tags: [String]
        /// Whether the tellings conflict (the `!` mark), and how many conflicts there are.
        public var conflict: Bool
        var conflictCount: Int

        init(_ event: Event, in timeline: Timeline) {
            id = event.id
            title = event.title
            date = DateValue(event.date)
            era = timeline.era(of: event)?.id
            articles = event.articles
            entities = event.entities
            tags = event.tags
            conflict = event.hasConflicts
            conflictCount = event.conflicts.count
        }

        enum CodingKeys: String, CodingKey {
            case id, title, date, era, articles, entities, tags, conflict
            case conflictCount = "conflict_count"
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(date, forKey: .date)
            try container.encode(era, forKey: .era)
            try container.encode(articles, forKey: .articles)
            try container.encode(entities, forKey: .entities)
            try container.encode(tags, forKey: .tags)
            try container.encode(conflict, forKey: .conflict)
            try container.encode(conflictCount, forKey: .conflictCount)
        }
    }

    /// An era as listed by `timeline`.
    public struct EraValue: Encodable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var date: DateValue
        var namedBy: String

        init(_ era: Era) {
            id = era.id
            title = era.title
            date = DateValue(era.date)
            namedBy = era.namedBy
        }

        enum CodingKeys: String, CodingKey {
            case id, title, date
            case namedBy = "named_by"
        }
    }

    /// `dossier timeline --json`: the eras the listed events fall in, and the events in chronological order.
    public struct Listing: Encodable, Sendable {
        var eras: [EraValue]
        public var events: [EventSummary]
        public var count: Int

        public init(events: [Event], in timeline: Timeline) {
            self.events = events.map { EventSummary($0, in: timeline) }
            let used = Set(self.events.compactMap(\.era))
            eras = timeline.eras.filter { used.contains($0.id) }.map(EraValue.init)
            count = events.count
        }
    }

    /// An entity reference inside an event.
    public struct EntityReference: Encodable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var kind: String
    }

    /// One telling of an event.
    public struct TellingValue: Encodable, Hashable, Sendable {
        public var article: String
        public var articleTitle: String?
        public var sectionID: String?
        public var sectionTitle: String?
        public var quote: String
        public var dateAsTold: String?
        /// Plain-text offsets (Unicode scalars) of the quote; null when it does not resolve.
        public var range: TextRange?

        enum CodingKeys: String, CodingKey {
            case article, quote, range
            case articleTitle = "article_title"
            case sectionID = "section_id"
            case sectionTitle = "section_title"
            case dateAsTold = "date_as_told"
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(article, forKey: .article)
            try container.encode(articleTitle, forKey: .articleTitle)
            try container.encode(sectionID, forKey: .sectionID)
            try container.encode(sectionTitle, forKey: .sectionTitle)
            try container.encode(quote, forKey: .quote)
            try container.encode(dateAsTold, forKey: .dateAsTold)
            try container.encode(range, forKey: .range)
        }
    }

    /// A conflict: what it is about, the editors' note, what each article says.
    public struct ConflictValue: Encodable, Hashable, Sendable {
        public struct Telling: Encodable, Hashable, Sendable {
            public var article: String
            public var says: String
        }

        public var about: String
        public var note: String
        public var tellings: [Telling]

        init(_ conflict: Conflict) {
            about = conflict.about.rawValue
            note = conflict.note
            tellings = conflict.tellings.map { Telling(article: $0.article, says: $0.says) }
        }
    }

    /// A related event with its score.
    public struct RelatedValue: Encodable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var date: DateValue
        /// The strongest reason's label (`led-to`, `followed-from`, `same-passage`, `shared-entities`, …).
        public var kind: String
        public var score: Double
        /// Every reason's label, strongest first.
        public var reasons: [String]
        /// The entity ids both events involve.
        var sharedEntities: [String]

        init(_ related: RelatedEvent) {
            id = related.event.id
            title = related.event.title
            date = DateValue(related.event.date)
            kind = related.kind
            score = related.score
            reasons = related.reasons.map(\.label)
            sharedEntities = related.reasons.flatMap { reason -> [String] in
                if case .sharedEntities(let ids) = reason { return ids }
                return []
            }
        }

        enum CodingKeys: String, CodingKey {
            case id, title, date, kind, score, reasons
            case sharedEntities = "shared_entities"
        }
    }

    /// An event next to another in time.
    public struct Neighbour: Encodable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var date: DateValue

        init(_ event: Event) {
            id = event.id
            title = event.title
            date = DateValue(event.date)
        }
    }

    /// `dossier event <id> --json`.
    public struct EventDetail: Encodable, Sendable {
        public var id: String
        public var title: String
        public var summary: String
        public var date: DateValue
        public var era: EraValue?
        public var entities: [EntityReference]
        public var tags: [String]
        public var tellings: [TellingValue]
        public var conflicts: [ConflictValue]
        public var related: [RelatedValue]
        public var previous: Neighbour?
        public var next: Neighbour?

        /// `articleTitles` maps article ids to titles.
        public init(_ event: Event, in timeline: Timeline, articleTitles: [String: String], relatedLimit: Int = 10) {
            id = event.id
            title = event.title
            summary = event.summary
            date = DateValue(event.date)
            era = timeline.era(of: event).map(EraValue.init)
            entities = event.entities.map { id in
                let entity = timeline.entity(withID: id)
                return EntityReference(id: id, name: entity?.name ?? id, kind: entity?.kind.rawValue ?? Entity.Kind.other.rawValue)
            }
            tags = event.tags
            tellings = event.mentions.map { mention in
                TellingValue(article: mention.article, articleTitle: articleTitles[mention.article], sectionID: mention.sectionID,
                             sectionTitle: mention.sectionTitle, quote: mention.quote, dateAsTold: mention.dateAsTold, range: mention.range)
            }
            conflicts = event.conflicts.map(ConflictValue.init)
            related = timeline.related(to: event.id, limit: relatedLimit).map(RelatedValue.init)
            let neighbours = timeline.neighbours(of: event.id)
            previous = neighbours.previous.map(Neighbour.init)
            next = neighbours.next.map(Neighbour.init)
        }

        enum CodingKeys: String, CodingKey {
            case id, title, summary, date, era, entities, tags, tellings, conflicts, related, previous, next
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(summary, forKey: .summary)
            try container.encode(date, forKey: .date)
            try container.encode(era, forKey: .era)
            try container.encode(entities, forKey: .entities)
            try container.encode(tags, forKey: .tags)
            try container.encode(tellings, forKey: .tellings)
            try container.encode(conflicts, forKey: .conflicts)
            try container.encode(related, forKey: .related)
            try container.encode(previous, forKey: .previous)
            try container.encode(next, forKey: .next)
        }
    }

    /// `dossier entity <name> --json`.
    public struct EntityDetail: Encodable, Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var description: String
        public var aliases: [String]
        public var events: [EventSummary]

        public init(_ entity: Entity, in timeline: Timeline) {
            id = entity.id
            name = entity.name
            kind = entity.kind.rawValue
            description = entity.description
            aliases = entity.aliases
            events = timeline.events(involving: entity.id).map { EventSummary($0, in: timeline) }
        }
    }
}
