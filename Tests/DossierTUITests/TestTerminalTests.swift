import Testing
@testable import DossierTUI

@Suite("Test terminal")
struct TestTerminalTests {
    @Test func drawsFramesAndRecordsOnlyChangedCells() {
        let terminal = TestTerminal(width: 10, height: 2)
        var frame = ScreenBuffer(size: terminal.size)
        frame.put("hello", x: 0, y: 0)
        terminal.draw(frame)
        #expect(terminal.writes.last?.count == 20)
        frame.put("j", x: 0, y: 0)
        terminal.draw(frame, cursor: Point(x: 1, y: 0))
        #expect(terminal.writes.last?.count == 1)
        #expect(terminal.screen.textLines() == ["jello", ""])
        #expect(terminal.cursor == Point(x: 1, y: 0))
    }

    @Test func playsQueuedEventsAndResizes() {
        let terminal = TestTerminal(width: 80, height: 24)
        terminal.enqueue(keys: [.character("j"), .control("d")])
        terminal.resize(width: 30, height: 8)
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.character("j")))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.control("d")))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resize(Size(width: 30, height: 8)))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == nil)
        #expect(terminal.size == Size(width: 30, height: 8))
    }

    @Test func suspendResumeAndRestore() {
        let terminal = TestTerminal(width: 5, height: 1)
        let frame = ScreenBuffer(size: terminal.size)
        terminal.draw(frame)
        terminal.suspend()
        #expect(terminal.isSuspended)
        terminal.resume()
        terminal.draw(frame)
        #expect(terminal.writes.last?.count == 5) // redrawn in full after resume
        terminal.restore()
        #expect(terminal.isRestored)
    }
}
