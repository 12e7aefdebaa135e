/// A dated event of the relationship, with every article's telling of it (`events.yaml`).
public struct Event: Hashable, Sendable {
    /// A link declared in the event's `related:` list.
    public struct Link: Hashable, Sendable {
        /// The other event's id.
        public var event: String
        public var kind: RelationKind
        public var position: SourcePosition
        init(event: String, kind: RelationKind, position: SourcePosition = SourcePosition(line: 1, column: 1)) {
            self.event = event
            self.kind = kind
            self.position = position
        }
    }

    /// Kebab-case, unique and stable.
    public var id: String
    public var title: String
    /// One sentence in the editors' words.
    public var summary: String
    public var date: EventDate
    /// Entity ids.
    public var entities: [String]
    public var tags: [String]
    public var related: [Link]
    /// The tellings, in the order `events.yaml` lists them.
    public var mentions: [Mention]
    public var conflicts: [Conflict]
    /// Where the event starts in `events.yaml`.
    public var position: SourcePosition

    init(id: String, title: String, summary: String = "", date: EventDate, entities: [String] = [],
                tags: [String] = [], related: [Link] = [], mentions: [Mention] = [], conflicts: [Conflict] = [],
                position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.id = id
        self.title = title
        self.summary = summary
        self.date = date
        self.entities = entities
        self.tags = tags
        self.related = related
        self.mentions = mentions
        self.conflicts = conflicts
        self.position = position
    }

    /// The ids of the articles that tell the event, each once, in the order of the mentions.
    public var articles: [String] {
        var seen: Set<String> = []
        return mentions.map(\.article).filter { seen.insert($0).inserted }
    }

    public var hasConflicts: Bool { !conflicts.isEmpty }
}
