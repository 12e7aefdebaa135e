/// What kind of character a grapheme cluster is, for word motions: `w`, `b` and `e`
/// stop where the class changes, as in vi.
///
/// ```swift
/// CharacterClass.of("a")    // .word
/// CharacterClass.of(",")    // .punctuation
/// CharacterClass.of("中")   // .ideograph
/// CharacterClass.of(" ")    // .space
/// ```
enum CharacterClass: Hashable, Sendable {
    /// Spaces, tabs, line breaks (including the `\n\n` between blocks), U+3000.
    case space
    /// Letters, digits, combining marks and `_`; an apostrophe between two word
    /// characters (`Pakistan’s`) belongs to the word (see ``SelectableText``).
    case word
    /// A Han ideograph, hiragana or katakana: text without spaces between words, so
    /// each one is a word of its own.
    case ideograph
    /// Anything else: punctuation and symbols. A run of them is a word, as in vi.
    case punctuation

    /// The class of `character`.
    static func of(_ character: Character) -> CharacterClass {
        if character.isWhitespace { return .space }
        guard let first = character.unicodeScalars.first else { return .punctuation }
        if isIdeograph(first) { return .ideograph }
        if character.isLetter || character.isNumber || character == "_" { return .word }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .spacingMark {
            return .word
        }
        return .punctuation
    }

    /// Whether `scalar` is written without spaces between words (Han, kana).
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isIdeographic { return true }
        switch scalar.value {
        case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return true
        default: return false
        }
    }

    /// Apostrophes that join the parts of a word (`don't`, `Pakistan’s`).
    static let apostrophes: Set<Character> = ["'", "\u{2019}"]
}
