/// One word or quoted phrase of a query, matched against whole words (see ``SearchWords``).
///
/// A term matches where its words appear in a row, or where the words run together match a
/// single word or a hyphenated run of words: `U-2`, `U 2` (quoted) and `U2` find each other.
/// A trailing `*` makes the last word a prefix (`steel*` finds "steelworks").
public struct SearchTerm: Hashable, Sendable {
    /// The folded words of the term, in order.
    public let words: [String]
    /// True when the last word is a prefix.
    public let isPrefix: Bool
    /// The words run together: what a hyphenated or unspaced spelling of the term reads as.
    public let joined: String
    /// `joined.count`, counted once (a match is tried at every word of the text).
    private let joinedCount: Int

    /// Nil when the term holds no word (only punctuation or symbols).
    init?(_ text: String) {
        var text = Substring(text)
        var isPrefix = false
        while text.hasSuffix("*") {
            text = text.dropLast()
            isPrefix = true
        }
        let words = SearchWords(String(text)).words.map(\.text)
        guard !words.isEmpty else { return nil }
        self.words = words
        self.isPrefix = isPrefix
        joined = words.joined()
        joinedCount = joined.count
    }

    /// Original-offset ranges of every match in a text split into `words`.
    public func ranges(in words: [SearchWords.Word]) -> [TextRange] {
        var ranges: [TextRange] = []
        for start in words.indices {
            if let end = matchEnd(in: words, from: start) {
                ranges.append(TextRange(start: words[start].start, end: words[end].end))
            }
        }
        return ranges
    }

    /// The index of the last text word of a match starting at `start`, if one does.
    private func matchEnd(in text: [SearchWords.Word], from start: Int) -> Int? {
        // The term's words one by one.
        if start + self.words.count <= text.count {
            var all = true
            for (offset, word) in self.words.enumerated() where !same(text[start + offset].text, word, last: offset == self.words.count - 1) {
                all = false
                break
            }
            if all { return start + self.words.count - 1 }
        }
        // The term run together, against one text word (when the term has several) or a hyphenated run.
        // A one-word term and a word not hyphenated to the next: nothing to run together.
        guard self.words.count > 1 || text[start].hyphenatedToNext else { return nil }
        var run = ""
        var end = start
        while end < text.count {
            run += text[end].text
            let isRun = end > start || self.words.count > 1
            if isRun && same(run, joined, last: true) { return end }
            guard text[end].hyphenatedToNext, run.count < joinedCount else { return nil }
            end += 1
        }
        return nil
    }

    private func same(_ textWord: String, _ termWord: String, last: Bool) -> Bool {
        last && isPrefix ? textWord.hasPrefix(termWord) : textWord == termWord
    }
}
