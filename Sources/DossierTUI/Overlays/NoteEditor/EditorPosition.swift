/// A place in an ``EditorText``: a line and a scalar offset in it, always at a
/// grapheme-cluster boundary.
struct EditorPosition: Hashable, Sendable, Comparable {
    /// The line, from 0.
    var line: Int
    /// Unicode scalars before the position on its line.
    var offset: Int

    /// The position `offset` scalars into line `line`.
    init(line: Int, offset: Int) {
        self.line = line
        self.offset = offset
    }

    /// Text order: by line, then by offset.
    static func < (lhs: EditorPosition, rhs: EditorPosition) -> Bool {
        (lhs.line, lhs.offset) < (rhs.line, rhs.offset)
    }
}
