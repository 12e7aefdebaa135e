/// Which collection search is current. Each `s` query gets the next generation; results
/// of any other generation are late answers to a query the user has replaced, and dropped.
struct CollectionSearchState: Hashable, Sendable {
    /// The generation of the query asked for last (0: none yet).
    var generation = 0
    /// The query whose first hits are awaited; nil once they have opened the results (or
    /// the search ended, or the user moved on to another popup).
    var awaited: String?
}
