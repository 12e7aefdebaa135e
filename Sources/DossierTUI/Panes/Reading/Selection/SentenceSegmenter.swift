/// Finds where sentences start inside the blocks of an article.
///
/// A block (paragraph, heading, list item) always starts a sentence. Inside a block a
/// sentence starts after `.`, `!`, `?` or `…` (a run of them, then any closing quotes
/// or brackets) followed by a space, unless
/// - the next word starts with a lower-case letter (`approx. three`), or
/// - the stop is a single `.` after an abbreviation (`Mr.`, `U.S.`, `Z.A.`, `e.g.`,
///   see ``Abbreviations``).
///
/// `。`, `！` and `？` end a sentence with or without a space after them.
enum SentenceSegmenter {
    static let terminators: Set<Character> = [".", "!", "?", "\u{2026}", "\u{203D}"]
    static let ideographicTerminators: Set<Character> = ["。", "！", "？", "．"]
    static let closers: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "」", "』", "）", "】", "»", "›"]
    static let openers: Set<Character> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "«", "‹", "「", "『", "（"]

    /// The cluster indices where sentences start, ascending, for `characters` whose
    /// blocks are given as half-open ranges of cluster indices.
    static func starts(characters: [Character], classes: [CharacterClass], blocks: [Range<Int>]) -> [Int] {
        var result: [Int] = []
        for block in blocks where !block.isEmpty {
            // The first non-space cluster starts the block's first sentence.
            var first = block.lowerBound
            while first < block.upperBound - 1 && classes[first] == .space { first += 1 }
            result.append(first)
            var index = first
            while index < block.upperBound {
                let character = characters[index]
                if ideographicTerminators.contains(character) {
                    var next = index + 1
                    while next < block.upperBound && (closers.contains(characters[next]) || ideographicTerminators.contains(characters[next])) { next += 1 }
                    while next < block.upperBound && classes[next] == .space { next += 1 }
                    if next < block.upperBound { result.append(next) }
                    index = max(index + 1, next)
                    continue
                }
                guard terminators.contains(character) else {
                    index += 1
                    continue
                }
                if let next = sentenceStart(afterStopAt: index, characters: characters, classes: classes, block: block) {
                    result.append(next)
                    index = next
                } else {
                    index += 1
                    while index < block.upperBound && terminators.contains(characters[index]) { index += 1 }
                }
            }
        }
        return result
    }

    /// The start of the sentence after the stop at `index`, or `nil` if the stop does
    /// not end a sentence.
    private static func sentenceStart(afterStopAt index: Int, characters: [Character], classes: [CharacterClass], block: Range<Int>) -> Int? {
        var end = index
        while end < block.upperBound && terminators.contains(characters[end]) { end += 1 }
        var after = end
        while after < block.upperBound && closers.contains(characters[after]) { after += 1 }
        guard after < block.upperBound, classes[after] == .space else { return nil }
        var next = after
        while next < block.upperBound && classes[next] == .space { next += 1 }
        guard next < block.upperBound else { return nil }
        var firstLetter = next
        while firstLetter < block.upperBound - 1 && openers.contains(characters[firstLetter]) { firstLetter += 1 }
        if characters[firstLetter].isLowercase { return nil }
        if end - index == 1 && characters[index] == "." {
            let word = self.word(endingBefore: index, characters: characters, classes: classes, block: block)
            if Abbreviations.isAbbreviation(word, beforeNumber: characters[firstLetter].isNumber) { return nil }
        }
        return next
    }

    /// The text from the previous space up to `index`, without opening quotes or brackets.
    private static func word(endingBefore index: Int, characters: [Character], classes: [CharacterClass], block: Range<Int>) -> String {
        var start = index
        while start > block.lowerBound && classes[start - 1] != .space { start -= 1 }
        while start < index && openers.contains(characters[start]) { start += 1 }
        return String(characters[start..<index])
    }
}
