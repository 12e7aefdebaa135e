import DossierCore

/// The timeline pane: the selected event, the scroll, the filter, and which telling of
/// the event `t` showed last.
struct TimelinePaneState: Hashable, Sendable {
    /// The selected event (it follows the reading while the pane is not focused).
    var selectedEventID: String?
    /// The first row shown, into ``TimelineRows``.
    var top = 0
    var filter = TimelineFilter()
    /// How the filter reads in the pane's title ("tag: nuclear").
    var filterLabel: String?
    /// The event and mention index `t` last went to.
    var lastTelling: TellingCursor?
    /// The last `/` search of the events, for `n`/`N`.
    var search: TimelineSearch?

    init() {}
}

/// One telling of an event, by index into its mentions.
struct TellingCursor: Hashable, Sendable {
    var eventID: String
    var mention: Int
}
