/// A W3C Web Annotation `TextPositionSelector`: a half-open range `[start, end)`
/// of Unicode-scalar offsets into an article's plain text.
///
/// Offsets count Unicode scalar values (code points) from the start of the plain
/// text, the unit both the Content format and the W3C model use.
public struct TextPositionSelector: Hashable, Sendable, Codable {
    /// Offset of the first scalar of the passage.
    public var start: Int
    /// Offset just past the last scalar of the passage.
    public var end: Int

    /// Creates a position selector for `[start, end)`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Creates a position selector for a range of scalar offsets.
    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// The selector as a range, or `nil` when `end < start` or `start < 0`.
    public var range: Range<Int>? {
        guard start >= 0, end >= start else { return nil }
        return start..<end
    }
}
