import Foundation

/// `clipboard.txt` in the state directory: the last text `y` copied, so a copy is never
/// lost where the terminal does not take OSC 52 (or over ssh without it). Written
/// atomically (a temporary file renamed over it), in our own directory only.
struct ClipboardFile: Sendable {
    static let fileName = "clipboard.txt"

    let file: URL

    /// The clipboard file in the state `directory` (``StateDirectory``).
    init(directory: String) {
        file = URL(fileURLWithPath: directory).appendingPathComponent(Self.fileName)
    }

    /// Replaces the file's text with `text`.
    func write(_ text: String) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file, options: .atomic)
    }
}
