/// A place in an ``EditorText``: a line and a scalar offset in it, always at a
/// grapheme-cluster boundary.
public struct EditorPosition: Hashable, Sendable, Comparable {
    /// The line, from 0.
    public var line: Int
    /// Unicode scalars before the position on its line.
    public var offset: Int

    /// The position `offset` scalars into line `line`.
    public init(line: Int, offset: Int) {
        self.line = line
        self.offset = offset
    }

    /// Text order: by line, then by offset.
    public static func < (lhs: EditorPosition, rhs: EditorPosition) -> Bool {
        (lhs.line, lhs.offset) < (rhs.line, rhs.offset)
    }
}
