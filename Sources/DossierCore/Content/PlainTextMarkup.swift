/// Turns a plain-text article (`.txt`) into the Markdown body the reader parses, so that the
/// text reads exactly as written: paragraphs are separated by blank lines, the lines of a
/// hard-wrapped paragraph join with one space (Markdown's soft line break), and every character
/// Markdown would take as markup (`*`, `_`, `[`, a `#` or `1.` at the start of a line …) is
/// escaped with a backslash.
public enum PlainTextMarkup {
    /// The Markdown for `text`, one line for each line of `text` so that diagnostics keep their lines.
    static func markdown(from text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapedLine(String($0)) }
            .joined(separator: "\n")
    }

    /// The Markdown for `text` with each paragraph on one line: hard-wrapped lines re-joined.
    public static func joinedMarkdown(from text: String) -> String {
        paragraphs(of: text).map { escapedLine($0) }.joined(separator: "\n\n")
    }

    /// The paragraphs of `text`: runs of non-blank lines, each joined with single spaces.
    static func paragraphs(of text: String) -> [String] {
        var result: [String] = []
        var current: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(line).trimmingSpaces
            if trimmed.isEmpty {
                if !current.isEmpty { result.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }

    /// Characters that are markup anywhere in a line.
    static let inlineMarkup: Set<Character> = ["\\", "*", "_", "[", "]", "`", "<", "$"]
    /// Characters that are markup at the start of a line (headings, block quotes, list bullets).
    static let lineStartMarkup: Set<Character> = ["#", ">", "-", "+", "="]

    /// `text` with every inline markup character escaped (`*` → `\*`).
    public static func escapedInline(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.count + 8)
        for character in text {
            if inlineMarkup.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// `line` with what would start a heading, quote or list item escaped (`# 1` → `\# 1`,
    /// `1948. A year` → `1948\. A year`).
    public static func escapedLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if lineStartMarkup.contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = line.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + line.dropFirst(digits.count)
        }
        return line
    }

    /// One line of plain text as Markdown. Leading spaces are dropped: they would make a list
    /// continuation or an indented block, and plain text means neither.
    static func escapedLine(_ line: String) -> String {
        escapedLineStart(escapedInline(line.drop { $0 == " " }))
    }
}
