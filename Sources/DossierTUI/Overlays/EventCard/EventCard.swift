/// The event card (`e`, `!`, Enter on an event link): one event with everything the
/// collection says of it. Its rows that lead somewhere — tellings, notes, related events,
/// the events before and after — are chosen with j/k and opened with Enter.
struct EventCard: Hashable, Sendable {
    var eventID: String
    /// The first line shown, into ``EventCardContent/lines``.
    var top = 0
    /// The chosen row, into ``EventCardContent/items``.
    var selected = 0

    init(eventID: String, top: Int = 0, selected: Int = 0) {
        self.eventID = eventID
        self.top = top
        self.selected = selected
    }
}

/// `e` on a line that tells several events: the events to choose a card from.
struct EventChoice: Hashable, Sendable {
    /// In the order their tellings appear on the line.
    var eventIDs: [String]
    /// Opened with `!`: the chosen card opens at its conflicts.
    var atConflicts: Bool
    /// The selected row, among those the filter keeps.
    var cursor = ListCursor()
    var filter = ListFilter()

    init(eventIDs: [String], atConflicts: Bool = false) {
        self.eventIDs = eventIDs
        self.atConflicts = atConflicts
    }
}
