@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// The run loop with a notes database: opened after the first frame, a database of a
/// newer Dossier left untouched, `$EDITOR` run with the terminal suspended.
@Suite("Reader: the run loop with notes", .serialized)
struct NotesProgramTests {
    func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-notes-program-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func theFirstFrameComesBeforeTheNotesWhichThenShow() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notes.sqlite").path
        let store = try NotesStore(path: path)
        let document = try #require(ReaderFixture.collection.article(withID: "hussain")).read().document
        let quote = "Pak-Russian relations have been marred"
        let start = document.plainText.occurrences(of: quote)[0]
        let selectors = try #require(Anchor.selectors(for: start..<(start + quote.unicodeScalars.count), in: document.plainText.string))
        try store.add(Annotation(collection: ReaderFixture.notesKey, article: "hussain", selectors: selectors, kind: .note, body: "Marred by history"))

        let terminal = TestTerminal(width: 120, height: 40)
        let program = ReaderProgram(collection: ReaderFixture.collection, terminal: terminal, store: MemoryPositionStore(),
                                    notes: NotesConnection(path: path), loadsInBackground: false)
        program.run(waitsForInput: false)
        #expect(program.state.annotations.isReady)
        #expect(program.state.annotations.reanchored == ["hussain"])
        #expect(terminal.screen.text.contains("✎ “Pak-Russian relations have"))
        #expect(terminal.screen.text.contains("Marred by history"))
    }

    @Test func readingAloneCreatesNoDatabaseTheFirstNoteDoes() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("data/dossier/notes.sqlite").path
        let terminal = TestTerminal(width: 120, height: 40)
        let program = ReaderProgram(collection: ReaderFixture.collection, terminal: terminal, store: MemoryPositionStore(),
                                    notes: NotesConnection(path: path), loadsInBackground: false)
        terminal.enqueue(keys: [.character("j"), .character(" "), .character("4")])
        program.run(waitsForInput: false)
        #expect(program.state.annotations.isReady)
        #expect(!FileManager.default.fileExists(atPath: path))
        terminal.enqueue(keys: [.character("2"), .character("c"), .character(")"), .character("v"), .character(")"), .character("h")])
        program.run(waitsForInput: false)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try NotesStore(path: path).list(collection: ReaderFixture.notesKey).map(\.kind) == [.highlight])
    }

    @Test func aDatabaseOfANewerDossierIsReportedAndLeftUntouched() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notes.sqlite").path
        // An SQLite header whose user_version (offset 60) is 99.
        var header = [UInt8](repeating: 0, count: 4096)
        header.replaceSubrange(0..<16, with: Array("SQLite format 3".utf8) + [0])
        header[63] = 99
        try Data(header).write(to: URL(fileURLWithPath: path))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let terminal = TestTerminal(width: 120, height: 40)
        let program = ReaderProgram(collection: ReaderFixture.collection, terminal: terminal, store: MemoryPositionStore(),
                                    notes: NotesConnection(path: path), loadsInBackground: false)
        terminal.enqueue(keys: [.character("j"), .character("c"), .character(")"), .character("v"), .character("h")])
        program.run(waitsForInput: false)
        guard case .unavailable(let reason) = program.state.annotations.availability else {
            Issue.record("notes are not off: \(program.state.annotations.availability)")
            return
        }
        #expect(reason.contains("newer version of Dossier"))
        #expect(terminal.screen.text.contains("Notes are off."))
        #expect(terminal.screen.text.contains("newer version"))
        #expect(program.state.message?.hasPrefix("Notes are off") == true)
        // Reading goes on: the keys moved and selected; only the highlight was refused.
        #expect(program.state.reading.mode.selection != nil)
        #expect(program.state.reading.cursorLine > 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func eRunsTheEditorWithTheTerminalSuspendedAndSavesItsText() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notes.sqlite").path
        let terminal = TestTerminal(width: 120, height: 40)
        // An "editor" that writes the note (and proves the note file was given to it).
        let editor = ExternalEditor(command: "test -f \"$1\" && printf 'Written in the editor' >")
        let program = ReaderProgram(collection: ReaderFixture.collection, terminal: terminal, store: MemoryPositionStore(),
                                    notes: NotesConnection(path: path), editor: editor, loadsInBackground: false)
        terminal.enqueue(keys: [.character("j"), .character("j"), .character("c"), .character(")"), .character("v"), .character(")"), .character("E")])
        program.run(waitsForInput: false)
        #expect(!terminal.isSuspended)
        let stored = try NotesStore(path: path).list(collection: ReaderFixture.notesKey)
        #expect(stored.map(\.body) == ["Written in the editor"])
        #expect(program.state.message?.hasPrefix("Saved the note on") == true)

        // An editor that fails leaves the note as it was.
        let failing = ReaderProgram(collection: ReaderFixture.collection, terminal: terminal, store: MemoryPositionStore(),
                                    notes: NotesConnection(path: path), editor: ExternalEditor(command: "false"), loadsInBackground: false)
        terminal.enqueue(keys: [.character("4"), .character("E")])
        failing.run(waitsForInput: false)
        #expect(failing.state.message?.contains("exited with status 1") == true)
        #expect(try NotesStore(path: path).list(collection: ReaderFixture.notesKey).map(\.body) == ["Written in the editor"])
    }

    @Test func closedInputSavesTheNoteBeingWritten() throws {
        let harness = try NotesHarness()
        harness.openHanifIntroduction()
        harness.press(.character("c"), .character(")"), .character("v"), .character(")"), .character("a"))
        harness.type("Half-written")
        harness.dispatch(.input(.inputClosed))
        #expect(harness.state.isQuitting)
        #expect(try harness.stored().map(\.body) == ["Half-written"])
    }
}
