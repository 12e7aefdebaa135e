import Foundation
/// Splits an article file into its YAML front matter and Markdown body.
public enum FrontMatter {
    public struct Split: Sendable {
        public var yaml: String
        /// The line the YAML starts on (the line after the opening `---`).
        var yamlFirstLine: Int
        public var body: String
        var bodyFirstLine: Int
    }

    public enum Problem: Error, Equatable, Sendable {
        case empty
        case missing
        /// The opening `---` has no closing `---` (or `...`).
        case unclosed
    }

    public static func split(_ text: String) -> Result<Split, Problem> {
        if text.allSatisfy({ $0.isWhitespace }) { return .failure(.empty) }
        // Walk line by line over UTF-8 without copying the body: only the YAML is split off.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = trimmedOfSpaces(text[lineStart..<lineEnd])
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard line == "---" else { return .failure(.missing) }
                yamlStart = next
            } else if line == "---" || line == "..." {
                let yaml = String(text[yamlStart!..<lineStart].dropLast(lineStart > yamlStart! ? 1 : 0))
                return .success(Split(yaml: yaml, yamlFirstLine: 2, body: String(text[next...]), bodyFirstLine: lineNumber + 1))
            }
            lineStart = next
            lineNumber += 1
        }
        return .failure(.unclosed)
    }

    /// `line` without the spaces and tabs around it: what `trimmingCharacters(in: .whitespaces)`
    /// gives (tab, the Unicode space separators Zs, and U+200B, which that set also holds),
    /// read from the ends only, without
    /// Foundation's conversion of every line to UTF-16 and back (a quarter of reading a
    /// thousand articles' front matter for a cold first frame).
    static func trimmedOfSpaces(_ line: Substring) -> Substring {
        var scalars = line.unicodeScalars[...]
        let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator }
        while let first = scalars.first, isSpace(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isSpace(last) { scalars = scalars.dropLast() }
        return Substring(scalars)
    }
}
