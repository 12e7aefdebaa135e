@testable import DossierCore
import Foundation

/// A collection in a temporary folder, with a cache folder of its own beside it.
struct IndexedCollectionFixture {
    let root: URL
    var directory: String { root.appendingPathComponent("collection").path }
    var cacheDirectory: String { root.appendingPathComponent("cache").path }

    init(articles: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: root.appendingPathComponent("collection/articles").path,
                                                withIntermediateDirectories: true)
        let order = articles.keys.sorted().map { "  - \($0)" }.joined(separator: "\n")
        try "title: Test\narticles:\n\(order)\n".write(toFile: directory + "/collection.yaml", atomically: true, encoding: .utf8)
        for (id, body) in articles { try write(id, body: body) }
    }

    func path(_ id: String) -> String { directory + "/articles/\(id).md" }

    func write(_ id: String, body: String, title: String? = nil) throws {
        let text = "---\nid: \(id)\ntitle: \(title ?? "Article \(id)")\nauthors: []\nkind: policy-paper\nsource: test\n---\n\(body)"
        try text.write(toFile: path(id), atomically: true, encoding: .utf8)
    }

    /// Sets the file's modification time into the past, as an edit made a while ago would.
    func age(_ id: String, seconds: Double = 60) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -seconds)], ofItemAtPath: path(id))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The repository's bundled collection.
    static var bundledContent: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Content").path
    }
}
