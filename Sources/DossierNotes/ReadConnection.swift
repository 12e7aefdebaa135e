import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A connection to an existing notes database that writes nothing to it — no
/// migration, no WAL setup (GRDB's pool creates and drops a table for that, which
/// raises the schema cookie) — and leaves no `-wal`/`-shm` behind where SQLite
/// allows it.
///
/// SQLite needs the `-shm` file to read a WAL database, so how it is opened
/// depends on what this process may write:
/// - file and folder writable: a read-write connection with `query_only`. As the
///   last connection to close it removes the `-wal` and `-shm` it created, which a
///   read-only connection (`mode=ro`) would leave behind.
/// - folder not writable and no `-wal`: `immutable=1`. No one can be writing,
///   since a writer would first have to create the `-wal` there, so SQLite may
///   skip locking and the `-shm` altogether.
/// - otherwise (a read-only file in a writable folder, or a `-wal` already there):
///   `mode=ro`, sharing the existing `-shm` with a writer; SQLite may have to
///   create a `-shm` it then cannot remove.
enum ReadConnection {
    static func open(_ file: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.label = "DossierNotes.read"
        configuration.busyMode = .timeout(NotesStore.busyTimeout)
        if DatabaseFile.isWritable(file) {
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
            return try DatabaseQueue(path: file, configuration: configuration)
        }
        configuration.readonly = true
        let nobodyCanWrite = access(DatabaseFile.folder(of: file), W_OK) != 0 && access(file + "-wal", F_OK) != 0
        return try DatabaseQueue(path: uri(file, nobodyCanWrite ? "immutable=1" : "mode=ro"), configuration: configuration)
    }

    /// An SQLite URI filename (the system SQLite is built with URI filenames on).
    private static func uri(_ file: String, _ parameter: String) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "/-._~"))
        let absolute = file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?" + parameter
    }
}
