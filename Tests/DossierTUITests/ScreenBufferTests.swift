import Testing
@testable import DossierCore
@testable import DossierTUI

@Suite("Screen buffer")
struct ScreenBufferTests {
    @Test func putWritesClustersAndReturnsColumns() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        #expect(buffer.put("Карачи и 中国", x: 1, y: 0) == 13)
        #expect(buffer.textLines() == [" Карачи и 中国", ""])
    }

    @Test func wideClustersOccupyTwoCells() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("a中b", x: 0, y: 0)
        #expect(buffer[1, 0].symbol == "中")
        #expect(buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].symbol == "b")
    }

    @Test func aWideClusterThatDoesNotFitBecomesASpace() {
        var buffer = ScreenBuffer(width: 5, height: 2)
        buffer.fill(buffer.area, with: ".")
        #expect(buffer.put("abcd中", x: 0, y: 0) == 5)
        #expect(buffer[4, 0].symbol == " ")
        // The clip width counts the same way as the right edge.
        #expect(buffer.put("x中", x: 0, y: 1, maxWidth: 2) == 2)
        #expect(buffer.textLines() == ["abcd", "x ..."])
    }

    @Test func clippingStopsAtMaxWidthAndEdges() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        #expect(buffer.put("Islamabad", x: 2, y: 0, maxWidth: 4) == 4)
        #expect(buffer.textLines() == ["  Isla"])
        #expect(buffer.put("zzz", x: 0, y: 5) == 0)
        #expect(buffer.put("zzz", x: 9, y: 0) == 0)
        buffer.put("中文xy", x: -1, y: 0)
        #expect(buffer.textLines() == [" 文xya"])
    }

    @Test func overwritingHalfAWideClusterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("中中中", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0) // right half of the first
        buffer.put("y", x: 2, y: 0) // left half of the second
        #expect(buffer.textLines() == [" xy 中"])
        #expect(buffer.cells.indices.filter { buffer.cells[$0].isContinuation } == [5])
    }

    @Test func controlSequencesFromContentAreNeverStored() {
        var buffer = ScreenBuffer(width: 40, height: 1)
        buffer.put("a\u{1B}]0;pwned\u{7}b\u{9B}2J\u{202E}c\r\nd", x: 0, y: 0)
        #expect(buffer.textLines() == ["a\u{FFFD}]0;pwned\u{FFFD}b\u{FFFD}2Jc\u{FFFD}d"])
        for cell in buffer.cells {
            for scalar in cell.symbol.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F..<0xA0).contains(scalar.value))
                #expect(TerminalSafeText.treatment(of: scalar) == .keep)
            }
        }
    }

    @Test func combiningAndEmojiClustersStayWhole() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("e\u{301}👨\u{200D}👩\u{200D}👧🇵🇰|", x: 0, y: 0)
        #expect(buffer[0, 0].symbol == "e\u{301}")
        #expect(buffer[1, 0].symbol == "👨\u{200D}👩\u{200D}👧")
        #expect(buffer[3, 0].symbol == "🇵🇰")
        #expect(buffer[5, 0].symbol == "|")
    }

    @Test func stylesAreKeptPatchedAndReplaced() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        let italic = Style(attributes: .italic)
        buffer.put("abcdef", x: 0, y: 0, style: italic)
        buffer.patchStyle(Rect(x: 1, y: 0, width: 2, height: 1), with: Style(background: .yellow))
        #expect(buffer[1, 0].style == Style(background: .yellow, attributes: .italic))
        #expect(buffer[3, 0].style == italic)
        buffer.setStyle(Rect(x: 0, y: 0, width: 1, height: 1), to: .plain)
        #expect(buffer[0, 0].style == .plain)
        #expect(buffer.textLines() == ["abcdef"])
    }

    @Test func linesInitialiserReadsLikeTheScreen() {
        let buffer = ScreenBuffer(lines: ["┌──┐", "│中│", "└──┘"])
        #expect(buffer.width == 4)
        #expect(buffer.textLines() == ["┌──┐", "│中│", "└──┘"])
    }

    @Test func goldenScreenOfMixedScripts() {
        var buffer = ScreenBuffer(width: 30, height: 6)
        buffer.fill(Rect(x: 0, y: 0, width: 30, height: 1), with: "─")
        buffer.put("Пакистан и Россия", x: 0, y: 1)
        buffer.put("巴基斯坦和俄罗斯", x: 0, y: 2)
        buffer.put("Lodz\u{301} · Mu\u{308}nchen · 👩\u{200D}💻", x: 0, y: 3)
        buffer.put("1234567890123456789012345678中", x: 0, y: 4)
        buffer.put("ESC\u{1B}[2J is shown, not run", x: 0, y: 5)
        Golden.check(buffer, "buffer-mixed-scripts")
    }
}
