import Foundation

/// Reading positions in `positions.json` in the state directory, one entry per collection
/// folder, written atomically (a temporary file renamed over the old one), so a crash
/// never leaves half a file.
///
/// ```json
/// { "/path/to/Content": { "lastArticle": "hanif", "offsets": { "hanif": 10234 } } }
/// ```
public struct FileReadingPositionStore: ReadingPositionStore {
    /// The JSON file.
    public let file: URL
    /// The collection folder the positions belong to.
    public let collectionKey: String

    public static let fileName = "positions.json"

    public init(directory: String, collection: String) {
        file = URL(fileURLWithPath: directory).appendingPathComponent(Self.fileName)
        collectionKey = URL(fileURLWithPath: collection).standardizedFileURL.path
    }

    public func load() -> ReadingPositions {
        readAll()[collectionKey] ?? ReadingPositions()
    }

    public func save(_ positions: ReadingPositions) throws {
        var all = readAll()
        all[collectionKey] = positions
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(all).write(to: file, options: .atomic)
    }

    private func readAll() -> [String: ReadingPositions] {
        guard let data = try? Data(contentsOf: file),
              let all = try? JSONDecoder().decode([String: ReadingPositions].self, from: data) else { return [:] }
        return all
    }
}
