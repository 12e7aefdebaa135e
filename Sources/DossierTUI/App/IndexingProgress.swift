/// How far the content index's refresh is: `done` of the `total` changed files read.
struct IndexingProgress: Hashable, Sendable {
    var done: Int
    var total: Int
}
