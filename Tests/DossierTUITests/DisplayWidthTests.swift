import Testing
@testable import DossierTUI

@Suite("Display width agrees with wcwidth per grapheme cluster")
struct DisplayWidthTests {
    @Test func asciiAndCyrillicAreOneColumnEach() {
        #expect(DisplayWidth.of("Pakistan") == 8)
        #expect(DisplayWidth.of("Пакистан и Россия") == 17)
        #expect(DisplayWidth.of("Ташкентская декларация") == 22)
    }

    @Test func cjkIsTwoColumns() {
        #expect(DisplayWidth.of("中" as Character) == 2)
        #expect(DisplayWidth.of("巴基斯坦") == 8)
        #expect(DisplayWidth.of("パキスタン") == 10)
        #expect(DisplayWidth.of("！") == 2) // fullwidth exclamation mark
    }

    @Test func combiningMarksTakeNoColumn() {
        let decomposed: Character = "e\u{301}"
        #expect(decomposed.unicodeScalars.count == 2)
        #expect(DisplayWidth.of(decomposed) == 1)
        #expect(DisplayWidth.of("Lodz\u{301} and Mu\u{308}nchen") == 16)
        #expect(DisplayWidth.of("\u{301}" as Character) == 0) // a lone mark
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}" as Character) == 2) // Hangul jamo
    }

    @Test func emojiSequencesAreTwoColumns() {
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("👨\u{200D}👩\u{200D}👧\u{200D}👦" as Character) == 2)
        #expect(DisplayWidth.of("👩\u{200D}💻" as Character) == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}" as Character) == 2)
        #expect(DisplayWidth.of("❤" as Character) == 1) // text presentation, as wcwidth says
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)
        #expect(DisplayWidth.of("🇵🇰" as Character) == 2)
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}" as Character) == 2)
    }

    @Test func controlCharactersHaveNoWidth() {
        #expect(DisplayWidth.of("\u{1B}" as Character) == nil)
        #expect(DisplayWidth.of("\u{7F}" as Character) == nil)
        #expect(DisplayWidth.of("\u{9B}" as Character) == nil)
        #expect(DisplayWidth.of("\r\n" as Character) == nil)
        #expect(DisplayWidth.of("\u{2028}" as Character) == nil)
        #expect(DisplayWidth.of("\u{1B}" as Unicode.Scalar) == -1)
    }

    @Test func stringWidthCountsWhatTheScreenShows() {
        // The escape becomes U+FFFD (1 column); the bidi override is dropped.
        #expect(DisplayWidth.of("a\u{1B}b\u{202E}c") == 4)
    }

    @Test func scalarWidthsMatchTheCLibrary() {
        #expect(DisplayWidth.of("A" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("\u{4E2D}" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("\u{200B}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{FE0F}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{0378}" as Unicode.Scalar) == -1) // unassigned
    }

    @Test func libraryWidthIgnoresEmojiRules() {
        #expect(DisplayWidth.libraryWidth(of: "❤\u{FE0F}") == 1)
        #expect(DisplayWidth.libraryWidth(of: "🇵🇰") == 1)
        #expect(DisplayWidth.libraryWidth(of: "中") == 2)
    }
}
