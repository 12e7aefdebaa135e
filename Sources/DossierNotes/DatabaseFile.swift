import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-level care for the notes database, done before SQLite ever opens it:
/// reading the schema version from the raw header (so that a newer database is
/// refused without a single byte written), and creating the file owner-only.
enum DatabaseFile {
    /// What the header of an existing file says.
    enum State: Equatable {
        /// No file, or an empty one: a new database.
        case new
        /// An SQLite database whose `user_version` is this.
        case database(userVersion: Int)
    }

    /// Reads the first 100 bytes of `path` — the SQLite header — without opening
    /// the file for writing. `user_version` is the big-endian 32-bit integer at
    /// offset 60.
    static func inspect(_ path: String) throws -> State {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                throw NotesStoreError.cannotCreateFile(path: path, reason: "the file cannot be read")
            }
            return .new
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        if header.isEmpty { return .new }
        let magic = Array("SQLite format 3".utf8) + [0]
        guard header.count == 100, Array(header.prefix(16)) == magic else {
            throw NotesStoreError.notADatabase(path: path)
        }
        let bytes = Array(header[60..<64])
        let version = Int(Int32(bitPattern: UInt32(bytes[0]) << 24 | UInt32(bytes[1]) << 16
            | UInt32(bytes[2]) << 8 | UInt32(bytes[3])))
        return .database(userVersion: version)
    }

    /// Creates the folder of `path` (mode 0700) and, if the file does not exist,
    /// an empty file with mode 0600, so that SQLite, which gives its `-wal` and
    /// `-shm` files the mode of the database, never creates anything readable by
    /// others. An existing file more open than 0600 is restricted to 0600.
    static func prepare(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw NotesStoreError.cannotCreateDirectory(path: directory, reason: error.localizedDescription)
            }
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
        } else if errno != EEXIST {
            throw NotesStoreError.cannotCreateFile(path: path, reason: String(cString: strerror(errno)))
        }
        for file in [path, path + "-wal", path + "-shm"] { restrict(file) }
    }

    /// Removes group and other permissions from `file`, if it exists.
    static func restrict(_ file: String) {
        var info = stat()
        guard stat(file, &info) == 0 else { return }
        let mode = info.st_mode & 0o777
        if mode & 0o077 != 0 { _ = chmod(file, mode & 0o700) }
    }
}
