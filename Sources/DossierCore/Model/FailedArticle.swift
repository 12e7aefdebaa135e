/// An article file that could not be loaded: the reader lists it with its error, `check` reports
/// the error once, and events citing it say it failed rather than that it does not exist.
public struct FailedArticle: Hashable, Sendable {
    /// The id the file would have had (its file name).
    public var id: String
    /// The first error that stopped it loading.
    public var error: Diagnostic

    init(id: String, error: Diagnostic) {
        self.id = id
        self.error = error
    }
}
