import Foundation

/// A file's size and modification time: when both are as indexed, the file is not read again.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    /// Seconds since 1970, as precise as the file system keeps it.
    var modified: Double

    /// Nil when the file cannot be examined. One stat(2): this runs for every file on every command.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
        #else
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        #endif
    }

    init(size: Int64, modified: Double) {
        self.size = size
        self.modified = modified
    }

    /// The stamp to store: a file changed within the last seconds may change again without its
    /// size or time telling (coarse clocks), so its time is not trusted and it is hashed next time.
    func trusted(now: Date = Date()) -> FileStamp {
        now.timeIntervalSince1970 - modified < 2 ? FileStamp(size: size, modified: 0) : self
    }
}
