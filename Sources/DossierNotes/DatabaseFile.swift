import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File-level care for the notes database, done before SQLite ever opens it:
/// refusing a path that is not a regular file (looked at with `lstat`/`stat`, never
/// opened: opening a FIFO waits for ever, and SQLite would give a device a mode and
/// a `-journal`), reading the schema version from the raw header (so that a newer
/// or damaged database is refused without a single byte written), and creating the
/// file owner-only.
enum DatabaseFile {
    /// What the header of an existing file says.
    enum State: Equatable {
        /// No file, or an empty one: a new database.
        case new
        /// An SQLite database whose `user_version` is this.
        case database(userVersion: Int)
    }

    /// The file to open for the notes path `path`: `path` itself, or the target of
    /// a symbolic link, once checked to be a regular file or a path that does not
    /// exist yet. Nothing is opened.
    /// - Throws: ``NotesStoreError/notARegularFile(path:kind:)`` for a folder, a
    ///   device, a FIFO, a socket or a link to a missing file or to one of those.
    static func resolve(_ path: String) throws -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return path }
            throw NotesStoreError.cannotRead(path: path, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFLNK else {
            if let kind = kind(of: info.st_mode) { throw NotesStoreError.notARegularFile(path: path, kind: kind) }
            return path
        }
        // A link is followed to its end, and the end is what gets checked and opened,
        // so that the -wal and -shm files live beside the real database.
        guard let resolved = realpath(path, nil) else {
            throw NotesStoreError.notARegularFile(
                path: path, kind: "a symbolic link to a missing file (\(linkTarget(path)))")
        }
        defer { free(resolved) }
        let target = String(cString: resolved)
        guard stat(target, &info) == 0 else {
            throw NotesStoreError.cannotRead(path: path, reason: String(cString: strerror(errno)))
        }
        if let kind = kind(of: info.st_mode) {
            throw NotesStoreError.notARegularFile(path: path, kind: "a symbolic link to \(kind) (\(target))")
        }
        return target
    }

    /// What a file of `mode` is, when it is not a regular file.
    private static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        default: return "not a file"
        }
    }

    private static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }

    /// Reads the SQLite header of `file` (a path returned by ``resolve(_:)``)
    /// without opening it for writing, and checks that the file is as long as the
    /// header says. `user_version` is the big-endian 32-bit integer at offset 60.
    /// - Parameter path: the path as the user gave it, for messages.
    static func inspect(_ file: String, path: String) throws -> State {
        // O_NONBLOCK: should the file have been swapped for a FIFO since resolve(), don't wait.
        let fd = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return .new }
            throw NotesStoreError.cannotRead(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw NotesStoreError.notARegularFile(path: path, kind: kind(of: info.st_mode) ?? "not a file")
        }
        var header = [UInt8](repeating: 0, count: 100)
        let count = pread(fd, &header, 100, 0)
        if count <= 0 { return .new }
        let magic = Array("SQLite format 3".utf8) + [0]
        guard count >= 16, Array(header.prefix(16)) == magic else {
            throw NotesStoreError.notADatabase(path: path)
        }
        guard count == 100 else {
            throw NotesStoreError.damaged(path: path, reason: "truncated: \(count) bytes, shorter than an SQLite header")
        }
        func integer(_ offset: Int, _ width: Int) -> Int {
            header[offset..<(offset + width)].reduce(0) { $0 << 8 | Int($1) }
        }
        let pageSize = integer(16, 2) == 1 ? 65536 : integer(16, 2)
        let size = Int(info.st_size)
        // The page count at offset 28 is valid when offset 92 repeats the change counter at 24.
        let pageCount = integer(92, 4) == integer(24, 4) ? integer(28, 4) : 0
        if pageSize >= 512, size % pageSize != 0 || size < pageCount * pageSize {
            throw NotesStoreError.damaged(
                path: path, reason: "truncated: \(size) bytes where the header promises \(pageCount * pageSize)")
        }
        return .database(userVersion: Int(Int32(truncatingIfNeeded: integer(60, 4))))
    }

    /// Creates the folder of `file` (mode 0700) if needed.
    static func createFolder(of file: String) throws {
        let directory = folder(of: file)
        guard !FileManager.default.fileExists(atPath: directory) else { return }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw NotesStoreError.cannotCreateDirectory(path: directory, reason: error.localizedDescription)
        }
    }

    /// Creates `file` empty with mode 0600 if it does not exist, so that SQLite,
    /// which gives its `-wal` and `-shm` files the mode of the database, never
    /// creates anything readable by others. `O_NOFOLLOW`: a link planted since
    /// ``resolve(_:)`` is not followed.
    static func createIfMissing(_ file: String, path: String) throws {
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
        } else if errno != EEXIST {
            throw NotesStoreError.cannotCreateFile(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Why a writing command cannot write `file` (an existing database or a new
    /// one), or `nil` when it can: the file and its folder (where SQLite creates
    /// `-wal` and `-shm`) must both be writable.
    static func whyNotWritable(_ file: String) -> String? {
        if access(file, F_OK) == 0, access(file, W_OK) != 0 { return "the file is read-only" }
        let directory = folder(of: file)
        if access(directory, F_OK) == 0, access(directory, W_OK) != 0 {
            return "its folder \(directory) is read-only"
        }
        return nil
    }

    /// Whether this process may write `file` and create files beside it.
    static func isWritable(_ file: String) -> Bool {
        access(file, W_OK) == 0 && access(folder(of: file), W_OK) == 0
    }

    /// The folder holding `file`.
    static func folder(of file: String) -> String {
        let directory = (file as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }

    /// Removes group and other permissions from `file`, only if it is a regular
    /// file (not a link, never a device) owned by this user: a database and its
    /// companions that Dossier created.
    static func restrict(_ file: String) {
        var info = stat()
        guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid() else { return }
        let mode = info.st_mode & 0o777
        if mode & 0o077 != 0 { _ = chmod(file, mode & 0o700) }
    }
}
