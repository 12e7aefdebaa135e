import Foundation

/// A file's size and modification time: when both are as indexed, the file is not read again.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    /// Seconds since 1970, as precise as the file system keeps it.
    var modified: Double

    /// Nil when the file cannot be examined.
    init?(path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.int64Value,
              let date = attributes[.modificationDate] as? Date else { return nil }
        self.size = size
        self.modified = date.timeIntervalSince1970
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
