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

    /// The text is folded as it is read, scalar by scalar as ``FoldedText`` folds it (ASCII by
    /// its byte), without a table of folded scalars and their origins: a block of megabytes
    /// costs its words, not five times its size.
    public init(_ text: String) {
        var reader = Reader()
        var utf8 = text
        utf8.withUTF8 { bytes in
            reader.read(bytes)
            reader.finish()
        }
        words = reader.words
    }

    /// Splits folded scalars into words as they come.
    private struct Reader {
        var words: [Word] = []
        /// The text being read.
        var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        /// A word of ASCII letters and digits is read in place: `bytes[asciiStart..<asciiEnd]`,
        /// folded when it is finished (`asciiStart` is -1 when the word is not read in place).
        var asciiStart = -1
        var asciiEnd = 0
        /// Whether that word holds a capital (else it is its own folded form).
        var hasCapital = false
        /// Otherwise the folded scalars of the word being read, as UTF-8: the first `length`
        /// bytes of `current`.
        var current: [UInt8] = []
        var length = 0
        var currentStart = 0
        var currentEnd = 0
        /// Scalars seen since the last word ended; a lone "-" ties the words around it.
        var separatorLength = 0
        var separatorIsHyphen = false

        var isInWord: Bool { asciiStart >= 0 || length > 0 }

        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            // About one word in eight bytes of prose: the words array grows seldom.
            words.reserveCapacity(bytes.count / 8 + 4)
            var index = 0
            var origin = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    // ASCII: `read(_:origin:)` for a scalar that is never a word of its own.
                    if SearchWords.isASCIILetterOrDigit(byte) {
                        if !isInWord {
                            currentStart = origin
                            asciiStart = index
                            hasCapital = false
                        }
                        if asciiStart >= 0 {
                            // The letters and digits from here on, read in place.
                            var end = index + 1
                            while end < bytes.count && SearchWords.isASCIILetterOrDigit(bytes[end]) { end += 1 }
                            for letter in bytes[index..<end] where letter >= 0x41 && letter <= 0x5A { hasCapital = true }
                            origin += end - index
                            index = end
                            asciiEnd = end
                            currentEnd = origin
                            continue
                        }
                        append(SearchWords.foldedASCII(byte))
                        currentEnd = origin + 1
                    } else {
                        separate(byte == 0x2D)
                    }
                    index += 1
                } else {
                    // A word read in place is bytes in a row: these are not its bytes.
                    leavePlace()
                    let (scalar, count) = SearchWords.decode(bytes, at: index)
                    for folded in FoldedText.fold(scalar) { read(folded, origin: origin) }
                    index += count
                }
                origin += 1
            }
        }

        mutating func read(_ scalar: Unicode.Scalar, origin: Int) {
            if SearchWords.standsAlone(scalar) {
                finish()
                append(scalar)
                currentStart = origin
                currentEnd = origin + 1
                finish()
            } else if SearchWords.isWordScalar(scalar) {
                if !isInWord { currentStart = origin }
                append(scalar)
                currentEnd = origin + 1
            } else {
                separate(scalar == "-")
            }
        }

        /// A scalar between words.
        mutating func separate(_ isHyphen: Bool) {
            finish()
            if separatorLength == 0 { separatorIsHyphen = isHyphen }
            separatorLength += 1
        }

        /// Moves a word read in place into `current`, to go on with scalars that are not ASCII.
        mutating func leavePlace() {
            guard asciiStart >= 0 else { return }
            let start = asciiStart
            asciiStart = -1
            for index in start..<asciiEnd { append(SearchWords.foldedASCII(bytes[index])) }
        }

        mutating func append(_ byte: UInt8) {
            if length < current.count {
                current[length] = byte
            } else {
                current.append(byte)
            }
            length += 1
        }

        mutating func append(_ scalar: Unicode.Scalar) {
            leavePlace()
            for byte in String(scalar).utf8 { append(byte) }
        }

        mutating func finish() {
            guard isInWord else { return }
            if !words.isEmpty && separatorLength == 1 && separatorIsHyphen { words[words.count - 1].hyphenatedToNext = true }
            let text: String
            if asciiStart >= 0 {
                let word = UnsafeBufferPointer(rebasing: bytes[asciiStart..<asciiEnd])
                if hasCapital {
                    text = String(unsafeUninitializedCapacity: word.count) { buffer in
                        for (index, byte) in word.enumerated() { buffer[index] = SearchWords.foldedASCII(byte) }
                        return word.count
                    }
                } else {
                    text = String(decoding: word, as: UTF8.self)
                }
                asciiStart = -1
            } else {
                text = current.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<length]), as: UTF8.self) }
                length = 0
            }
            words.append(Word(text: text, start: currentStart, end: currentEnd, hyphenatedToNext: false))
            separatorLength = 0
        }
    }

    /// Whether an ASCII byte is a letter or a digit (``isWordScalar(_:)`` for ASCII).
    @inline(__always)
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// An ASCII byte folded: capitals to small letters.
    static func foldedASCII(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// The scalar whose UTF-8 encoding starts at `index` of valid UTF-8, and its length.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for next in 1..<length { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
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
