@testable import DossierCore
import Foundation
import GRDB
import Testing

@testable import DossierNotes

/// Opening for reading writes nothing: not a byte of the file (the schema cookie at
/// offset 40 used to rise by 2 on every open, from GRDB's WAL probe table), no
/// migration, no `-wal`/`-shm` left behind.
@Suite("Reading writes nothing")
struct ReadOnlyOpeningTests {
    /// The database file's bytes and the names in its folder.
    struct Snapshot: Equatable {
        var bytes: Data
        var files: [String]

        init(_ path: String) throws {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            files = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
                .sorted()
        }
    }

    /// A database with one note on `text`, closed (no `-wal` left).
    static func database(in directory: TemporaryDirectory, text: String) throws -> (path: String, note: Annotation) {
        let path = directory.file("notes.sqlite")
        let range = try #require(text.scalarRange(of: "the passage"))
        let note = try NotesStore(path: path).add(Annotation(
            collection: "c", article: "a", selectors: try #require(Anchor.selectors(for: range, in: text)),
            kind: .note, body: "kept", tags: ["t"]))
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        return (path, note)
    }

    static let text = "Some words before the passage and some words after it.\n\n"

    @Test func listingExportingAndCheckingLeaveTheFileAsItWas() throws {
        let directory = try TemporaryDirectory()
        let (path, note) = try Self.database(in: directory, text: Self.text)
        let before = try Snapshot(path)
        do {
            let store = try NotesStore(path: path, access: .readOnly)
            #expect(try store.list().map(\.id) == [note.id])
            #expect(try store.health().isSound)
            #expect(try store.storedSchemaVersion() == NotesStore.schemaVersion)
            _ = try store.exportW3C(article: nil)
            let moved = "A new first paragraph.\n\n" + Self.text
            let report = try store.reanchor(collection: "c", article: "a", plainText: moved)
            #expect(report.results.map(\.annotation.anchorStatus) == [.reanchored])
            #expect(try store.annotation(id: note.id)?.anchorStatus == .exact, "reading stores no anchor")
        }
        #expect(try Snapshot(path) == before)
    }

    @Test func writingThroughAReadOnlyStoreSaysSo() throws {
        let directory = try TemporaryDirectory()
        let (path, note) = try Self.database(in: directory, text: Self.text)
        let store = try NotesStore(path: path, access: .readOnly)
        #expect(throws: NotesStoreError.readOnly(path: path, reason: "it was opened for reading only")) {
            try store.delete(id: note.id)
        }
        #expect(throws: NotesStoreError.readOnly(path: path, reason: "it was opened for reading only")) {
            try store.add(.marker("a"))
        }
    }

    @Test func aMissingDatabaseReadsAsEmptyAndIsNotCreated() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("not/yet/notes.sqlite")
        let store = try NotesStore(path: path, access: .readOnly)
        #expect(try store.list().isEmpty)
        #expect(try store.health().annotations == 0)
        #expect(!FileManager.default.fileExists(atPath: directory.file("not")))
    }

    /// A migration id this build does not know (a newer Dossier that did not raise
    /// `user_version`): refused by name, for reading and for writing, and not one
    /// byte changes.
    @Test func anUnknownMigrationIsRefusedAndTheFileLeftByteIdentical() throws {
        let directory = try TemporaryDirectory()
        let (path, _) = try Self.database(in: directory, text: Self.text)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2-future')") }
            try queue.close()
        }
        let before = try Snapshot(path)
        for access in [NotesStore.Access.readOnly, .readWrite] {
            let expected = NotesStoreError.unknownMigrations(path: path, identifiers: ["v2-future"])
            #expect(throws: expected) { _ = try NotesStore(path: path, access: access) }
            #expect(expected.description.contains("v2-future"))
            #expect(!expected.description.contains("schema version"))
            #expect(try Snapshot(path) == before)
        }
    }

    /// A database cut short (a copy interrupted, a full disk): named, not "SQLite error 11".
    @Test func aTruncatedDatabaseIsNamedAndLeftAlone() throws {
        let directory = try TemporaryDirectory()
        let (path, _) = try Self.database(in: directory, text: Self.text)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        for length in [60, whole.count / 2, whole.count - 4096] {
            try whole.prefix(length).write(to: URL(fileURLWithPath: path))
            let before = try Snapshot(path)
            for access in [NotesStore.Access.readOnly, .readWrite] {
                do {
                    _ = try NotesStore(path: path, access: access)
                    Issue.record("a database of \(length) bytes opened")
                } catch let error as NotesStoreError {
                    guard case .damaged(path, let reason) = error else {
                        Issue.record("\(error)")
                        continue
                    }
                    #expect(reason.contains("truncated"))
                    #expect(error.description.contains(path))
                }
            }
            #expect(try Snapshot(path) == before)
        }
    }

    /// A database created by SQLite but never migrated (version 0): read as empty,
    /// migrated in memory only.
    @Test func anUnmigratedDatabaseReadsAsEmpty() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "PRAGMA user_version = 0; CREATE TABLE x (y)") }
        let before = try Snapshot(path)
        #expect(try NotesStore(path: path, access: .readOnly).list().isEmpty)
        #expect(try Snapshot(path) == before)
    }
}
