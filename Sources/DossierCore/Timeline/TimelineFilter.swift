/// Which events a timeline view shows: a span of years, an entity, an article, a tag, conflicts only.
/// Every condition that is set must hold.
public struct TimelineFilter: Hashable, Sendable {
    /// Events that reach into or past this year (their date's last day is in it or later).
    public var fromYear: Int?
    /// Events that start in or before this year.
    public var toYear: Int?
    /// Events involving this entity (an id; resolve names with `Timeline.lookupEntity`).
    public var entityID: String?
    /// Events told by this article.
    public var article: String?
    /// Events with this tag (case and diacritics ignored).
    public var tag: String?
    /// Only events whose tellings conflict.
    var conflictsOnly: Bool

    public init(fromYear: Int? = nil, toYear: Int? = nil, entityID: String? = nil, article: String? = nil,
                tag: String? = nil, conflictsOnly: Bool = false) {
        self.fromYear = fromYear
        self.toYear = toYear
        self.entityID = entityID
        self.article = article
        self.tag = tag
        self.conflictsOnly = conflictsOnly
    }

    public var isEmpty: Bool { self == TimelineFilter() }

    public func matches(_ event: Event) -> Bool {
        if let fromYear, event.date.latest < fromYear * 10_000 + 101 { return false }
        if let toYear, event.date.earliest > toYear * 10_000 + 1231 { return false }
        if let entityID, !event.entities.contains(entityID) { return false }
        if let article, !event.mentions.contains(where: { $0.article == article }) { return false }
        if let tag {
            let key = FoldedText.string(tag)
            if !event.tags.contains(where: { FoldedText.string($0) == key }) { return false }
        }
        if conflictsOnly && event.conflicts.isEmpty { return false }
        return true
    }
}
