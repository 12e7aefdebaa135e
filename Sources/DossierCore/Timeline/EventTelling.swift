/// One article's telling of an event: the event with one of its mentions.
public struct EventTelling: Hashable, Sendable {
    public var event: Event
    public var mention: Mention

    init(event: Event, mention: Mention) {
        self.event = event
        self.mention = mention
    }

    public var article: String { mention.article }
}

/// A disagreement between articles, with the event it is about.
public struct EventConflict: Hashable, Sendable {
    public var event: Event
    public var conflict: Conflict

    init(event: Event, conflict: Conflict) {
        self.event = event
        self.conflict = conflict
    }
}
