/// A plain text decoded once into Unicode scalar values, so that many anchors can
/// be resolved against it with offset arithmetic instead of `String` index walks.
///
/// Build one per article text and reuse it for all of that article's annotations.
public struct AnchorText: Sendable {
    /// The scalar values of the text, in order; index = scalar offset.
    let scalars: [UInt32]

    /// Decodes `plainText` into scalars.
    public init(_ plainText: String) {
        self.scalars = plainText.unicodeScalars.map(\.value)
    }

    /// Wraps already decoded scalars.
    public init(scalars: [UInt32]) {
        self.scalars = scalars
    }

    /// The number of Unicode scalars in the text.
    public var count: Int { scalars.count }

    /// The text of `range` (clamped to the text), rebuilt as a `String`.
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        var view = String.UnicodeScalarView()
        view.reserveCapacity(upper - lower)
        for value in scalars[lower..<upper] {
            if let scalar = Unicode.Scalar(value) { view.append(scalar) }
        }
        return String(view)
    }

    /// Whether the scalars at `range` equal `needle`.
    func matches(_ needle: [UInt32], at start: Int) -> Bool {
        guard start >= 0, start + needle.count <= count else { return false }
        var i = 0
        while i < needle.count {
            if scalars[start + i] != needle[i] { return false }
            i += 1
        }
        return true
    }

    /// Start offsets of the exact occurrences of `needle`, in text order, at most
    /// `limit` of them (overlapping occurrences included).
    func occurrences(of needle: [UInt32], limit: Int) -> [Int] {
        guard let first = needle.first, needle.count <= count else { return [] }
        var found: [Int] = []
        var start = 0
        let last = count - needle.count
        while start <= last {
            if scalars[start] == first, matches(needle, at: start) {
                found.append(start)
                if found.count >= limit { break }
            }
            start += 1
        }
        return found
    }
}
