import Foundation

/// The title of an article whose front matter names none, taken from its text.
///
/// The first non-blank line gives it: a heading (`# Nika riots`), or a line standing alone as
/// its own paragraph (`Nika riots` followed by a blank line) with more text after it. Either
/// is consumed: the title is shown above the article and should not be read twice. Otherwise
/// the first line gives the title (shortened at a word) and the text stays whole.
public enum TitleFromText {
    public struct Found: Equatable, Sendable {
        public var title: String
        /// How many lines of the text, from its start, held the title and are no longer part of the body.
        public var consumedLines: Int
    }

    /// Titles taken from running text are cut at a word before this many characters.
    static let longestTitle = 80

    public static func find(in text: String) -> Found? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else { return nil }
        let line = lines[first].trimmingCharacters(in: .whitespaces)
        if let heading = headingText(line) {
            return Found(title: heading, consumedLines: first + 1)
        }
        let next = first + 1
        let moreText = lines[next...].contains { !$0.allSatisfy(\.isWhitespace) }
        if moreText && lines[next].allSatisfy(\.isWhitespace) {
            return Found(title: line, consumedLines: first + 1)
        }
        return Found(title: shortened(line), consumedLines: 0)
    }

    /// The text of an ATX heading line (`## Title ##` → `Title`), nil for any other line.
    static func headingText(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() }
        text = text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    static func shortened(_ line: String) -> String {
        guard line.count > longestTitle else { return line }
        let cut = line.prefix(longestTitle)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .whitespaces) + "…"
    }
}
