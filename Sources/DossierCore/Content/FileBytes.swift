#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes, read with one `open`, one `fstat` and as few `read`s as its size needs.
///
/// Foundation's `FileManager.contents(atPath:)` asks for the file's attributes first, which on
/// Linux also looks up its owner and group in `/etc/passwd` and `/etc/group` and lists its
/// extended attributes: a dozen system calls per file, on every article of every command. And
/// it opens whatever the path names, so a FIFO among the articles would block the program for
/// ever. Here only a regular file is read; anything else is refused before a byte is read.
public enum FileBytes {
    /// Why a file's bytes were not read.
    public enum Failure: Error, Equatable, Sendable {
        /// Nothing is at the path (or a symbolic link there leads nowhere).
        case missing
        /// The file holds more bytes than the reader takes.
        case tooLarge(size: Int64)
        /// A folder, a FIFO, a device or a socket: not a file to read.
        case notRegularFile
        /// The system refused (`errno`): no permission, an I/O error.
        case unreadable(errno: Int32)
    }

    /// The bytes of the regular file at `path`, at most `maximumSize` of them (a larger file is
    /// ``Failure/tooLarge(size:)``); with `prefix`, only its first `maximumSize` bytes, however
    /// large the file is.
    public static func read(_ path: String, maximumSize: Int, prefix: Bool = false) -> Result<[UInt8], Failure> {
        // Non-blocking: opening a FIFO must not wait for a writer before it can be refused.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(errno: errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegularFile) }
        let size = Int64(info.st_size)
        if !prefix && size > Int64(maximumSize) { return .failure(.tooLarge(size: size)) }
        // One byte past the maximum: a file that grew since `fstat` is still told to be too large.
        let limit = prefix ? maximumSize : maximumSize + 1
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(size, Int64(limit))))
        var chunk = [UInt8](repeating: 0, count: min(64 * 1024, limit))
        // Until the end of the file, not until its size: a file still being written may grow.
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, min($0.count, limit - bytes.count)) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(errno: errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        if bytes.count > maximumSize { return .failure(.tooLarge(size: max(size, Int64(bytes.count)))) }
        return .success(bytes)
    }
}

/// `read(2)`, named apart from ``FileBytes/read(_:maximumSize:prefix:)``.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}
