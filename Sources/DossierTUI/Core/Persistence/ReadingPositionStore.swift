/// Keeps the reading state (``ReadingPositions``) between runs. The reader only loads
/// once at start and saves when it leaves an article, sets a mark, runs a search or
/// quits; the notes database may implement it later.
protocol ReadingPositionStore: Sendable {
    /// The positions saved last time (empty the first time, or when unreadable).
    func load() -> ReadingPositions
    /// Saves `positions`, replacing what was saved.
    func save(_ positions: ReadingPositions) throws
}

/// A store that remembers nothing (when no state directory can be found).
struct NoReadingPositionStore: ReadingPositionStore {
    init() {}
    func load() -> ReadingPositions { ReadingPositions() }
    func save(_ positions: ReadingPositions) throws {}
}
