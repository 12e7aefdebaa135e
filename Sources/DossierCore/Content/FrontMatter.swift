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
            let line = text[lineStart..<lineEnd].trimmingCharacters(in: .whitespaces)
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
}
