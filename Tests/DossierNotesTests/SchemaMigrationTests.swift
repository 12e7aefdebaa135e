import Foundation
import GRDB
import Testing

@testable import DossierNotes

/// v2 drops v1's reading-position and bookmark tables, which the reader never used (its
/// positions are in its own file store), but only when they are empty: no row is ever lost.
@Suite struct SchemaMigrationTests {
    /// A database as v1 left it, with `rows` in each of its two reading-state tables.
    static func versionOneDatabase(at path: String, rows: Int) throws {
        try earlierDatabase(at: path, upTo: "v1") { db in
            for row in 0..<rows {
                try db.execute(sql: "INSERT INTO reading_positions VALUES ('c', ?, 5, '2025-01-01T00:00:00.000Z')", arguments: ["a\(row)"])
                try db.execute(sql: "INSERT INTO bookmarks VALUES (?, 'c', 'a', 7, 'here', '2025-01-01T00:00:00.000Z')",
                               arguments: [UUID().uuidString.lowercased()])
            }
        }
    }

    static func tables(_ path: String) throws -> Set<String> {
        try DatabaseQueue(path: path).read { db in
            Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
    }

    @Test func emptyReadingStateTablesAreDropped() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        try Self.versionOneDatabase(at: path, rows: 0)
        #expect(try Self.tables(path).isSuperset(of: ["reading_positions", "bookmarks"]))

        let store = try NotesStore(path: path)
        #expect(try store.storedSchemaVersion() == NotesStore.schemaVersion)
        #expect(try store.list().count == 1)
        let tables = try Self.tables(path)
        #expect(tables.isDisjoint(with: ["reading_positions", "bookmarks"]))
        #expect(tables.isSuperset(of: ["annotations", "annotation_tags", "links"]))
    }

    @Test func readingStateTablesHoldingRowsAreKept() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        try Self.versionOneDatabase(at: path, rows: 2)

        let store = try NotesStore(path: path)
        #expect(try store.storedSchemaVersion() == NotesStore.schemaVersion)
        let counts = try DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reading_positions"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bookmarks"))
        }
        #expect(counts.0 == 2 && counts.1 == 2)
    }

    /// A new database is created without them.
    @Test func aNewDatabaseHasNoReadingStateTables() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        _ = try NotesStore(path: path).add(.marker("a"))
        #expect(try Self.tables(path).isDisjoint(with: ["reading_positions", "bookmarks"]))
    }
}
