/// How far the content index's refresh is: `done` of the `total` changed files read.
public struct IndexingProgress: Hashable, Sendable {
    public var done: Int
    public var total: Int
}
