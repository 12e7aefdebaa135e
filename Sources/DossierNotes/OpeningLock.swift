import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serialises opening the notes database for writing — creating it, switching it
/// to WAL, migrating it — among processes and among stores of one process.
///
/// SQLite alone lets concurrent first opens fail ("no such table: grdb_migrations",
/// "table annotations already exists", "database is locked" on `journal_mode = WAL`):
/// WAL setup and the migrator's check-then-create are not one transaction. An
/// exclusive `flock` on the database's folder is held around them instead. The
/// folder, not a lock file, so that nothing is left beside the database; `flock`,
/// not `fcntl`, because closing any descriptor of a file drops the process's
/// `fcntl` locks on it — which SQLite's own locks on the database are.
enum OpeningLock {
    /// Runs `body` while holding the lock of `file`'s folder; waits for other holders.
    static func withLock<T>(on file: String, path: String, _ body: () throws -> T) throws -> T {
        let directory = DatabaseFile.folder(of: file)
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw NotesStoreError.cannotCreateFile(
                path: path, reason: "cannot lock its folder \(directory): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }  // closing releases the lock
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw NotesStoreError.cannotCreateFile(
                    path: path, reason: "cannot lock its folder \(directory): \(String(cString: strerror(errno)))")
            }
        }
        return try body()
    }
}
