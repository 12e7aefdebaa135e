/// The words of a text as search sees them: the text folded (``FoldedText``: case, diacritics,
/// dashes), split into runs of letters and digits, each CJK ideograph or kana a word of its own
/// (those scripts put no spaces between words). A word remembers the original scalars it came
/// from and whether a single hyphen ties it to the next one, so that `U-2` and `U2` find each
/// other while `U-2` never matches inside `Tu-22M3`.
public struct SearchWords: Sendable {
    public struct Word: Hashable, Sendable {
        /// The folded word.
        public var text: String
        /// Original scalar offsets: `start..<end` in the text given to `init`.
        public var start: Int
        public var end: Int
        /// True when exactly one hyphen separates this word from the next.
        public var hyphenatedToNext: Bool
    }

    public let words: [Word]

    public init(_ text: String) {
        let folded = FoldedText(text)
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        var currentStart = 0
        var currentEnd = 0
        // Scalars seen since the last word ended; a lone "-" ties the words around it.
        var separator: [Unicode.Scalar] = []
        func finish() {
            guard !current.isEmpty else { return }
            if let last = words.indices.last, separator == ["-"] { words[last].hyphenatedToNext = true }
            words.append(Word(text: String(current), start: currentStart, end: currentEnd, hyphenatedToNext: false))
            current = String.UnicodeScalarView()
            separator = []
        }
        for (index, scalar) in folded.scalars.enumerated() {
            let origin = folded.origins[index]
            if Self.standsAlone(scalar) {
                finish()
                current.append(scalar)
                currentStart = origin
                currentEnd = origin + 1
                finish()
            } else if Self.isWordScalar(scalar) {
                if current.isEmpty { currentStart = origin }
                current.append(scalar)
                currentEnd = origin + 1
            } else {
                finish()
                separator.append(scalar)
            }
        }
        finish()
        self.words = words
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Ideographs, kana and Hangul syllables are words of one scalar each.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        return scalar.properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
    }
}
