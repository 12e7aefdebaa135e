import Foundation
import GRDB
import Testing

@testable import DossierNotes

@Suite("Database file")
struct DatabaseFileTests {
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func createdOwnerOnlyWithItsFolder() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("deeper/dossier/notes.sqlite")
        let store = try NotesStore(path: path)
        try store.add(.marker("a"))  // makes sure -wal and -shm exist
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(FileManager.default.fileExists(atPath: file), "\(file) missing")
            #expect(try Self.mode(file) == 0o600, "\(file) is not 0600")
        }
        #expect(try Self.mode(directory.file("deeper/dossier")) & 0o077 == 0)
        #expect(try store.storedSchemaVersion() == NotesStore.schemaVersion)
    }

    @Test func anExistingLooseFileIsRestricted() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        _ = try NotesStore(path: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        _ = try NotesStore(path: path)
        #expect(try Self.mode(path) == 0o600)
    }

    @Test func aNewerSchemaIsRefusedAndLeftUntouched() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        do {
            let store = try NotesStore(path: path)
            try store.add(.marker("a"))
        }
        // Simulate a database written by a future Dossier.
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE future_feature (x)")
                try db.execute(sql: "PRAGMA user_version = 7")
            }
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let attributesBefore = try FileManager.default.attributesOfItem(atPath: path)
        let walBefore = FileManager.default.fileExists(atPath: path + "-wal")
        let shmBefore = FileManager.default.fileExists(atPath: path + "-shm")

        #expect(throws: NotesStoreError.newerSchema(path: path, found: 7, supported: NotesStore.schemaVersion)) {
            _ = try NotesStore(path: path)
        }
        let error = NotesStoreError.newerSchema(path: path, found: 7, supported: NotesStore.schemaVersion)
        #expect(error.description.contains("newer version of Dossier"))
        #expect(error.description.contains("left untouched"))

        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        let attributesAfter = try FileManager.default.attributesOfItem(atPath: path)
        #expect(after == before)
        #expect(attributesAfter[.modificationDate] as? Date == attributesBefore[.modificationDate] as? Date)
        #expect(attributesAfter[.posixPermissions] as? NSNumber == attributesBefore[.posixPermissions] as? NSNumber)
        #expect(FileManager.default.fileExists(atPath: path + "-wal") == walBefore)
        #expect(FileManager.default.fileExists(atPath: path + "-shm") == shmBefore)
    }

    @Test func aNewerMigrationIsRefusedEvenWhenTheHeaderLags() throws {
        // A migration unknown to this build, recorded without bumping user_version.
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        _ = try NotesStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99')") }
        try queue.close()
        #expect(throws: NotesStoreError.self) { _ = try NotesStore(path: path) }
    }

    @Test func aFileThatIsNotADatabaseIsLeftAlone() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        let content = Data(String(repeating: "my precious notes, in plain text\n", count: 10).utf8)
        try content.write(to: URL(fileURLWithPath: path))
        #expect(throws: NotesStoreError.notADatabase(path: path)) { _ = try NotesStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test func location() {
        let home = ["HOME": "/home/r"]
        #expect(NotesLocation.path(environment: home) == "/home/r/.local/share/dossier/notes.sqlite")
        #expect(NotesLocation.path(environment: home.merging(["XDG_DATA_HOME": "/data"]) { $1 })
            == "/data/dossier/notes.sqlite")
        #expect(NotesLocation.path(environment: home.merging(["XDG_DATA_HOME": "relative"]) { $1 })
            == "/home/r/.local/share/dossier/notes.sqlite")
        let withVariable = home.merging(["DOSSIER_NOTES": "~/n.sqlite", "XDG_DATA_HOME": "/data"]) { $1 }
        #expect(NotesLocation.path(environment: withVariable) == "/home/r/n.sqlite")
        #expect(NotesLocation.path(explicitPath: "/tmp/x.sqlite", environment: withVariable) == "/tmp/x.sqlite")
    }
}
