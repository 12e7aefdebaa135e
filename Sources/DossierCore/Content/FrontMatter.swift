import Foundation
/// Splits an article file into its YAML front matter and Markdown body.
public enum FrontMatter {
    public struct Split: Sendable {
        public var yaml: String
        /// The line the YAML starts on (the line after the opening `---`).
        public var yamlFirstLine: Int
        public var body: String
        public var bodyFirstLine: Int
    }

    public enum Problem: Error, Equatable, Sendable {
        case empty
        case missing
        /// The opening `---` has no closing `---` (or `...`).
        case unclosed
    }

    public static func split(_ text: String) -> Result<Split, Problem> {
        if text.allSatisfy({ $0.isWhitespace }) { return .failure(.empty) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return .failure(.missing)
        }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var lineNumber = 2
        while let line = lines.first {
            lines = lines.dropFirst()
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." {
                return .success(Split(yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2,
                                      body: lines.joined(separator: "\n"), bodyFirstLine: lineNumber + 1))
            }
            yamlLines.append(line)
            lineNumber += 1
        }
        return .failure(.unclosed)
    }
}
