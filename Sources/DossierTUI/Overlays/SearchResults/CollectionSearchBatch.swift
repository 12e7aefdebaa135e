import DossierCore

/// Some hits of a collection search, in reading order after those sent before them.
public struct CollectionSearchBatch: Sendable {
    /// The search they answer (``CollectionSearchState/generation``).
    public var generation: Int
    public var query: String
    public var hits: [SearchHit]
    /// True on the last batch of the search.
    public var isLast: Bool
    /// Why the search could not be run, on a last batch.
    public var failure: String?

    public init(generation: Int, query: String, hits: [SearchHit], isLast: Bool, failure: String? = nil) {
        self.generation = generation
        self.query = query
        self.hits = hits
        self.isLast = isLast
        self.failure = failure
    }
}
