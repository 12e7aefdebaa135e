import Foundation

/// Writes a command's `-o FILE`. A regular file (or a new one) is replaced atomically, so a
/// crash never leaves half a document; anything else that exists — `/dev/null`, a FIFO, a
/// terminal — is written to as it is, never renamed over: an atomic write would replace the
/// device with a regular file, and that path is not ours.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            return
        }
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
