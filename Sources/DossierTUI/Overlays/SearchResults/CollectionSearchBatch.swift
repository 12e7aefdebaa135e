import DossierCore

/// Some hits of a collection search, in reading order after those sent before them.
struct CollectionSearchBatch: Sendable {
    /// The search they answer (``CollectionSearchState/generation``).
    var generation: Int
    var query: String
    var hits: [SearchHit]
    /// True on the last batch of the search.
    var isLast: Bool
    /// Why the search could not be run, on a last batch.
    var failure: String?

    init(generation: Int, query: String, hits: [SearchHit], isLast: Bool, failure: String? = nil) {
        self.generation = generation
        self.query = query
        self.hits = hits
        self.isLast = isLast
        self.failure = failure
    }
}
