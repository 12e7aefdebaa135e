/// `/` with the timeline focused: the events whose title, summary or date hold every word
/// typed, in timeline order; `n`/`N` step through them.
struct TimelineSearch: Hashable, Sendable {
    var query: String
    /// The matching events' ids, in the order the timeline shows them.
    var eventIDs: [String]

    init(query: String, eventIDs: [String]) {
        self.query = query
        self.eventIDs = eventIDs
    }
}
