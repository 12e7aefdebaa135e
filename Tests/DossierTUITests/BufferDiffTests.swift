import Testing
@testable import DossierTUI

@Suite("Buffer diff: a frame writes only what changed")
struct BufferDiffTests {
    @Test func withoutAPreviousFrameEveryCellIsWritten() {
        let buffer = ScreenBuffer(width: 4, height: 2)
        #expect(ScreenBuffer.diff(from: nil, to: buffer).count == 8)
    }

    @Test func identicalFramesWriteNothing() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        buffer.put("中文 text", x: 0, y: 1)
        #expect(ScreenBuffer.diff(from: buffer, to: buffer).isEmpty)
    }

    @Test func oneChangedCellIsOneChange() {
        var old = ScreenBuffer(width: 10, height: 3)
        old.put("Tashkent", x: 1, y: 1)
        var new = old
        new.put("D", x: 1, y: 1)
        #expect(ScreenBuffer.diff(from: old, to: new) == [CellChange(x: 1, y: 1, cell: new[1, 1])])
    }

    @Test func aStyleChangeIsAChange() {
        var old = ScreenBuffer(width: 3, height: 1)
        old.put("abc", x: 0, y: 0)
        var new = old
        new.patchStyle(Rect(x: 2, y: 0, width: 1, height: 1), with: Style(attributes: .reverse))
        #expect(ScreenBuffer.diff(from: old, to: new).map(\.x) == [2])
    }

    @Test func wideClustersAreWrittenOnceAndTheirHalvesRepaired() {
        var old = ScreenBuffer(width: 4, height: 1)
        old.put("ab", x: 0, y: 0)
        var new = old
        new.put("中", x: 0, y: 0)
        // The head is written; its continuation is covered by it.
        #expect(ScreenBuffer.diff(from: old, to: new).map(\.x) == [0])
        var back = new
        back.put("x", x: 0, y: 0)
        // The old continuation cell is now a blank that must be written.
        #expect(ScreenBuffer.diff(from: new, to: back).map(\.x) == [0, 1])
    }

    @Test func aResizedFrameIsWrittenInFull() {
        let old = ScreenBuffer(width: 2, height: 2)
        let new = ScreenBuffer(width: 3, height: 2)
        #expect(ScreenBuffer.diff(from: old, to: new).count == 6)
    }
}
