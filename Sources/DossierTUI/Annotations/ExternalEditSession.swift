import Foundation

/// One run of the user's editor on a note: the temporary file, the command that edits
/// it, and the body it started from. Made by ``ExternalEditor/prepare(body:directory:)``.
struct ExternalEditSession: Hashable, Sendable {
    /// The temporary file holding the note.
    let file: String
    /// The program and its arguments.
    let arguments: [String]
    /// The body written to the file.
    let originalBody: String

    /// Runs the editor in the terminal's foreground (the caller has suspended the
    /// screen) and waits for it; returns its exit status. A status other than 0 means
    /// the user's editor failed: keep the note as it was.
    func run() throws -> Int32 {
        try ForegroundProcess.run(arguments)
    }

    /// The text in the file now, with CRLF read as LF and the trailing line breaks
    /// editors add removed.
    func result() throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        var text = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// ``result()``, then the file removed.
    func finish() throws -> String {
        defer { discard() }
        return try result()
    }

    /// Removes the file (after a failed run, or when the result is not wanted).
    func discard() {
        try? FileManager.default.removeItem(atPath: file)
    }
}
