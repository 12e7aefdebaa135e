/// A half-open range `[start, end)` over an article's plain text, counted in Unicode
/// scalar values — the unit of the W3C Web Annotation `TextPositionSelector`.
public struct TextRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start must not exceed end")
        self.start = start
        self.end = end
    }

    var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// Whether `offset` lies inside the range (an empty range contains nothing).
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether the two ranges share at least one scalar, or an empty range sits inside the other.
    public func overlaps(_ other: TextRange) -> Bool {
        if isEmpty { return other.start <= start && start < other.end }
        if other.isEmpty { return start <= other.start && other.start < end }
        return start < other.end && other.start < end
    }

    public var description: String { "\(start)..<\(end)" }
}
