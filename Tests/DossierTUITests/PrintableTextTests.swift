import Testing
@testable import DossierTUI

@Suite("Only printable clusters reach the screen")
struct PrintableTextTests {
    @Test func controlsBecomeReplacementCharacters() {
        #expect(PrintableText.sanitized("a\u{1B}[31mb") == "a\u{FFFD}[31mb")
        #expect(PrintableText.sanitized("\u{9B}2J") == "\u{FFFD}2J")
        #expect(PrintableText.sanitized("x\u{7F}y\u{0}z") == "x\u{FFFD}y\u{FFFD}z")
        #expect(PrintableText.sanitized("one\u{2028}two\u{2029}") == "one\u{FFFD}two\u{FFFD}")
        #expect(PrintableText.sanitized("\r\n") == "\u{FFFD}")
    }

    @Test func bidiControlsAreDropped() {
        #expect(PrintableText.sanitized("abc\u{202E}def\u{202C}") == "abcdef")
        #expect(PrintableText.sanitized("\u{2066}x\u{2069}\u{200F}") == "x")
    }

    @Test func zeroWidthClustersAreDroppedAndTextIsKept() {
        #expect(PrintableText.sanitized("a\u{200B}b") == "ab")
        #expect(PrintableText.sanitized("Пакистан 中国 e\u{301}") == "Пакистан 中国 e\u{301}")
        #expect(PrintableText.isPrintable("中"))
        #expect(!PrintableText.isPrintable("\u{1B}"))
    }
}
