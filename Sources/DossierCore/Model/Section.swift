/// A section of an article: a heading and everything up to the next heading of the same or a higher level.
public struct Section: Hashable, Sendable {
    /// Unique within the article; derived from the heading (see Content/README.md).
    public var id: String
    public var title: String
    /// 1 for a top-level section; 0 for the unnamed opening before the first heading.
    public var level: Int
    /// Index of the enclosing section in `Document.sections`, nil at top level.
    public var parent: Int?
    /// Indices of the directly nested sections.
    public var children: [Int]
    /// The body blocks from the heading (included) up to the next heading, as indices into `Document.blocks`.
    public var blocks: Range<Int>
    /// Plain-text range from the heading to the end of the section including nested sections.
    public var range: TextRange

    init(id: String, title: String, level: Int, parent: Int?, children: [Int], blocks: Range<Int>, range: TextRange) {
        self.id = id
        self.title = title
        self.level = level
        self.parent = parent
        self.children = children
        self.blocks = blocks
        self.range = range
    }
}
