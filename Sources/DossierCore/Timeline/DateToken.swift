/// A word, a number or a punctuation mark of an article's text, as `DateMentionFinder` reads it.
struct DateToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A run of ASCII digits; `value` is nil when it has more than nine digits.
        case number(value: Int?, digits: Int)
        /// A run of letters, lowercased; `capitalized` when the first letter was upper case.
        case word(String, capitalized: Bool)
        /// Any other single non-space scalar.
        case symbol(Unicode.Scalar)
        /// A stretch no date may be read in or across (a URL).
        case barrier
    }

    var kind: Kind
    /// Plain-text offsets (Unicode scalars), half-open.
    var start: Int
    var end: Int
    /// Whether whitespace separates this token from the one before.
    var spaced: Bool

    var number: Int? {
        if case .number(let value, _) = kind { return value }
        return nil
    }

    var digits: Int {
        if case .number(_, let digits) = kind { return digits }
        return 0
    }

    var word: String? {
        if case .word(let word, _) = kind { return word }
        return nil
    }

    var isCapitalized: Bool {
        if case .word(_, let capitalized) = kind { return capitalized }
        return false
    }

    var symbol: Unicode.Scalar? {
        if case .symbol(let scalar) = kind { return scalar }
        return nil
    }

    func isSymbol(_ candidates: Set<Unicode.Scalar>) -> Bool {
        symbol.map(candidates.contains) ?? false
    }

    func isWord(_ candidates: Set<String>) -> Bool {
        word.map(candidates.contains) ?? false
    }
}

/// Splits a stretch of plain text into `DateToken`s. URLs (`http://…`, `https://…`, `www.…`, up to
/// the next space) become one `.barrier` token, so that the digits of a web address are never read as dates.
enum DateTokenizer {
    static func tokens(_ scalars: [Unicode.Scalar], in bounds: Range<Int>) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = bounds.lowerBound
        var spaced = true
        while index < bounds.upperBound {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                spaced = true
                index += 1
                continue
            }
            let start = index
            if startsURL(scalars, at: index, bound: bounds.upperBound) {
                while index < bounds.upperBound && !scalars[index].properties.isWhitespace { index += 1 }
                tokens.append(DateToken(kind: .barrier, start: start, end: index, spaced: spaced))
            } else if isDigit(scalar) {
                var value = 0
                while index < bounds.upperBound && isDigit(scalars[index]) {
                    if index - start < 9 { value = value * 10 + Int(scalars[index].value - 48) }
                    index += 1
                }
                let digits = index - start
                tokens.append(DateToken(kind: .number(value: digits <= 9 ? value : nil, digits: digits),
                                        start: start, end: index, spaced: spaced))
            } else if scalar.properties.isAlphabetic {
                while index < bounds.upperBound && scalars[index].properties.isAlphabetic && !isDigit(scalars[index]) { index += 1 }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<index])
                let text = String(view)
                tokens.append(DateToken(kind: .word(text.lowercased(), capitalized: scalar.properties.isUppercase),
                                        start: start, end: index, spaced: spaced))
            } else {
                index += 1
                tokens.append(DateToken(kind: .symbol(scalar), start: start, end: index, spaced: spaced))
            }
            spaced = false
        }
        return tokens
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    private static let urlPrefixes: [[Unicode.Scalar]] = ["http://", "https://", "www."].map { Array($0.unicodeScalars) }

    private static func startsURL(_ scalars: [Unicode.Scalar], at index: Int, bound: Int) -> Bool {
        for prefix in urlPrefixes where index + prefix.count <= bound {
            var matches = true
            for (offset, expected) in prefix.enumerated() where FoldedText.fold(scalars[index + offset]).first != expected {
                matches = false
                break
            }
            if matches { return true }
        }
        return false
    }
}
