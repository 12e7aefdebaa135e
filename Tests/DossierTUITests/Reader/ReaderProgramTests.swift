@testable import DossierCore
import Foundation
import Testing
@testable import DossierTUI

/// A store in memory, for the run loop's tests.
final class MemoryPositionStore: ReadingPositionStore, @unchecked Sendable {
    private let lock = NSLock()
    private var saved: ReadingPositions
    private(set) var saves = 0

    init(_ positions: ReadingPositions = ReadingPositions()) {
        saved = positions
    }

    func load() -> ReadingPositions {
        lock.withLock { saved }
    }

    func save(_ positions: ReadingPositions) throws {
        lock.withLock {
            saved = positions
            saves += 1
        }
    }
}

@Suite("Reader: the run loop on a test terminal")
struct ReaderProgramTests {
    @Test func firstFrameComesBeforeTheTimelineThenOnlyChangesAreWritten() {
        let terminal = TestTerminal(width: 120, height: 40)
        let program = ReaderProgram(collection: ReaderFixture.collection, terminal: terminal, store: MemoryPositionStore(), loadsInBackground: false)
        terminal.enqueue(keys: [.character("j")])
        program.run(waitsForInput: false)
        #expect(terminal.writes.count == 3)
        #expect(terminal.writes[0].count == 120 * 40 - terminal.screen.cells.filter(\.isContinuation).count || terminal.writes[0].count > 4000)
        // One line down moves the cursor mark (two cells) and the status line's percentage, at most.
        #expect(terminal.writes[2].count < 200)
        #expect(program.state.library.timeline != nil)
        #expect(terminal.screen.text.contains("Timeline · \(ReaderFixture.timeline.timeline.events.count) events"))
    }

    @Test func backgroundLoadingDeliversTheTimeline() throws {
        let terminal = TestTerminal(width: 120, height: 40)
        let program = ReaderProgram(collection: ReaderFixture.collection, terminal: terminal, store: MemoryPositionStore())
        program.run(waitsForInput: false)
        #expect(program.state.library.timeline != nil)
        let first = try #require(terminal.writes.first)
        #expect(first.contains { $0.cell.symbol == "…" } || !first.isEmpty)
    }

    @Test func yPutsTheSentenceOnTheTerminalsClipboardAndInTheClipboardFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-clipboard-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let clipboard = ClipboardFile(directory: directory.path)
        let terminal = TestTerminal(width: 120, height: 40)
        let program = ReaderProgram(collection: ReaderFixture.collection, terminal: terminal, store: MemoryPositionStore(),
                                    clipboardFile: clipboard, loadsInBackground: false)
        terminal.enqueue(keys: [.character("j"), .character("j"), .character("j"), .character("y")])
        program.run(waitsForInput: false)
        let copied = try #require(terminal.clipboard.first)
        #expect(copied.contains("\n— Nazir Hussain, “Pak-Russia Relations: Lost Opportunities and Future Options”"))
        #expect(try String(contentsOf: clipboard.file, encoding: .utf8) == copied)
        #expect(terminal.screen.text.contains("Copied “"))
    }

    @Test func quittingSavesThePosition() {
        let store = MemoryPositionStore()
        let terminal = TestTerminal(width: 80, height: 24)
        let program = ReaderProgram(collection: ReaderFixture.collection, terminal: terminal, store: store, loadsInBackground: false)
        terminal.enqueue(keys: [.character(" "), .character(" "), .character("q"), .character("j")])
        program.run(waitsForInput: false)
        #expect(program.state.isQuitting)
        #expect(terminal.pendingEvents.count == 1)
        #expect(store.saves == 1)
        #expect((store.load().offsets["hussain"] ?? 0) > 0)
    }

    @Test func ctrlLRepaintsEverything() {
        let terminal = TestTerminal(width: 80, height: 24)
        let program = ReaderProgram(collection: ReaderFixture.collection, terminal: terminal, store: MemoryPositionStore(), loadsInBackground: false)
        terminal.enqueue(keys: [.control("l")])
        program.run(waitsForInput: false)
        #expect(terminal.writes.last?.count ?? 0 > 1000)
    }
}
