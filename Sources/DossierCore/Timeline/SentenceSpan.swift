/// The sentence of a block that holds a stretch of text, found by punctuation: a sentence ends
/// at `.`, `!` or `?` (with any closing quotes or brackets after it) followed by a space and a
/// capital letter, a digit or an opening quote, or at the end of the block.
///
/// A full stop after an initial ("Z.A. Bhutto"), a dotted abbreviation ("U.S.", "Feb.", "Gen.")
/// does not end a sentence: a draft quote that runs on is only longer, one cut short is wrong.
enum SentenceSpan {
    /// Words (lowercased, without the full stop) after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "nos", "vol", "gen", "col", "lt", "maj", "capt", "sgt", "prof", "jr", "sr",
        "co", "corp", "inc", "ltd", "vs", "cf", "ed", "eds", "pp", "p", "fig", "approx", "ca", "c", "e.g", "i.e",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "govt", "rev", "hon",
    ]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{2019}", "\u{201D}"]
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "(", "[", "\u{2018}", "\u{201C}"]
    static let terminators: Set<Unicode.Scalar> = [".", "!", "?"]

    /// The sentence of `scalars[block]` that contains `range`, without surrounding spaces.
    static func around(_ range: TextRange, in scalars: [Unicode.Scalar], block: TextRange) -> TextRange {
        var start = max(block.start, min(range.start, block.end))
        while start > block.start && !isSentenceStart(start, in: scalars, block: block) { start -= 1 }
        var end = min(block.end, max(range.end, start))
        while end < block.end && !isSentenceEnd(end, in: scalars, block: block) { end += 1 }
        while start < end && scalars[start].properties.isWhitespace { start += 1 }
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        return TextRange(start: start, end: end)
    }

    /// Whether a sentence starts at `offset`: the text before it ends one.
    private static func isSentenceStart(_ offset: Int, in scalars: [Unicode.Scalar], block: TextRange) -> Bool {
        guard scalars[offset - 1].properties.isWhitespace else { return false }
        var before = offset - 1
        while before > block.start && scalars[before - 1].properties.isWhitespace { before -= 1 }
        return before > block.start && isSentenceEnd(before, in: scalars, block: block)
    }

    /// Whether a sentence ends just before `offset` (an exclusive end after its punctuation).
    private static func isSentenceEnd(_ offset: Int, in scalars: [Unicode.Scalar], block: TextRange) -> Bool {
        guard offset > block.start else { return false }
        if offset >= block.end { return true }
        guard scalars[offset].properties.isWhitespace else { return false }
        var mark = offset - 1
        while mark > block.start && closers.contains(scalars[mark]) { mark -= 1 }
        guard terminators.contains(scalars[mark]) else { return false }
        var next = offset
        while next < block.end && scalars[next].properties.isWhitespace { next += 1 }
        guard next < block.end else { return true }
        let following = scalars[next]
        guard following.properties.isUppercase || DateTokenizer.isDigit(following) || openers.contains(following) else { return false }
        return scalars[mark] != "." || !isAbbreviation(endingAt: mark, in: scalars, block: block)
    }

    /// Whether the full stop at `dot` closes an abbreviation or an initial.
    private static func isAbbreviation(endingAt dot: Int, in scalars: [Unicode.Scalar], block: TextRange) -> Bool {
        var start = dot
        while start > block.start && (scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == ".") { start -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start..<dot])
        let text = String(word).lowercased()
        let letters = text.filter { $0 != "." }
        if letters.count == 1, text.first?.isLetter == true, scalars[start].properties.isUppercase { return true }
        if text.contains(".") { return true }
        return abbreviations.contains(text)
    }
}
