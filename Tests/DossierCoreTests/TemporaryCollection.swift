import Foundation

/// A collection folder in a temporary directory, removed when the test ends.
final class TemporaryCollection {
    let directory: String

    init(copying source: String? = nil) throws {
        directory = NSTemporaryDirectory() + "dossier-test-" + UUID().uuidString
        if let source {
            try FileManager.default.copyItem(atPath: source, toPath: directory)
        } else {
            try FileManager.default.createDirectory(atPath: directory + "/articles", withIntermediateDirectories: true)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, bytes: Array(text.utf8))
    }

    func write(_ relativePath: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: directory + "/" + relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func path(_ relativePath: String) -> String { directory + "/" + relativePath }

    /// The bundled collection in the repository.
    static var bundledContent: String {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Content").path
    }

    static func article(id: String, body: String, extra: String = "") -> String {
        """
        ---
        id: \(id)
        title: Title of \(id)
        authors: [{name: A. Writer}]
        kind: journal-article
        source: seed.txt
        \(extra)---
        \(body)
        """
    }
}
