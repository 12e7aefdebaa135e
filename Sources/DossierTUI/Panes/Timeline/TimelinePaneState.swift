import DossierCore

/// The timeline pane: the selected event, the scroll, the filter, and which telling of
/// the event `t` showed last.
public struct TimelinePaneState: Hashable, Sendable {
    /// The selected event (it follows the reading while the pane is not focused).
    public var selectedEventID: String?
    /// The first row shown, into ``TimelineRows``.
    public var top = 0
    public var filter = TimelineFilter()
    /// How the filter reads in the pane's title ("tag: nuclear").
    public var filterLabel: String?
    /// The event and mention index `t` last went to.
    public var lastTelling: TellingCursor?
    /// The last `/` search of the events, for `n`/`N`.
    public var search: TimelineSearch?

    public init() {}
}

/// One telling of an event, by index into its mentions.
public struct TellingCursor: Hashable, Sendable {
    public var eventID: String
    public var mention: Int
}
