import DossierCore
import Foundation

/// The reading state (positions, marks, search history) in `positions.json` in the
/// state directory, one entry per collection,
/// keyed by the collection's stable id (the key of its notes too), written atomically (a
/// temporary file renamed over the old one), so a crash never leaves half a file.
///
/// ```json
/// { "pakistan-and-russia": { "lastArticle": "hanif", "offsets": { "hanif": 10234 },
///     "marks": { "a": { "article": "hanif", "offset": 10234, "cursorOffset": 10301 } },
///     "searches": ["Tashkent", "steel mill"] } }
/// ```
///
/// Earlier versions keyed the entry by the collection's folder path: such an entry is read
/// when there is none under the id, and replaced by it on the next save.
struct FileReadingPositionStore: ReadingPositionStore {
    /// The JSON file.
    let file: URL
    /// The id of the collection the positions belong to.
    let collectionKey: String
    /// The key earlier versions used: the collection folder's path.
    let legacyKey: String

    static let fileName = "positions.json"

    /// The positions of `collection`, in `directory`.
    init(directory: String, collection: DossierCollection) {
        file = URL(fileURLWithPath: directory).appendingPathComponent(Self.fileName)
        collectionKey = collection.id
        legacyKey = URL(fileURLWithPath: collection.directory).standardizedFileURL.path
    }

    func load() -> ReadingPositions {
        let all = readAll()
        return all[collectionKey] ?? all[legacyKey] ?? ReadingPositions()
    }

    func save(_ positions: ReadingPositions) throws {
        var all = readAll()
        all[collectionKey] = positions
        all[legacyKey] = nil
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
