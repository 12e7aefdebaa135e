/// An article's plain text with O(1) access by Unicode-scalar offset.
///
/// Offsets everywhere in Dossier are Unicode scalar offsets; this type is the one place that
/// converts between them and `String`.
public struct PlainText: Sendable, Hashable {
    public let string: String
    let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }

    /// The text of `range` (clamped to the text).
    public func text(in range: TextRange) -> String {
        let start = max(0, min(range.start, scalars.count))
        let end = max(start, min(range.end, scalars.count))
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }

    /// Every start offset at which `needle` occurs, in order (overlapping occurrences included).
    public func occurrences(of needle: String, limit: Int = .max) -> [Int] {
        let pattern = Array(needle.unicodeScalars)
        return ScalarSearch.occurrences(of: pattern, in: scalars, limit: limit)
    }
}

/// Substring search over scalar arrays (Knuth–Morris–Pratt: linear in text plus pattern).
public enum ScalarSearch {
    public static func occurrences<Element: Equatable>(of pattern: [Element], in text: [Element], limit: Int = .max) -> [Int] {
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        var failure = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in 1..<pattern.count {
            while k > 0 && pattern[i] != pattern[k] { k = failure[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            failure[i] = k
        }
        var result: [Int] = []
        var matched = 0
        for (i, element) in text.enumerated() {
            while matched > 0 && element != pattern[matched] { matched = failure[matched - 1] }
            if element == pattern[matched] { matched += 1 }
            if matched == pattern.count {
                result.append(i - pattern.count + 1)
                if result.count >= limit { break }
                matched = failure[matched - 1]
            }
        }
        return result
    }
}
