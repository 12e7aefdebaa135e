import Foundation
import Testing
@testable import DossierCore
@testable import DossierTUI

@Suite("Reading positions between runs")
struct PositionStoreTests {
    func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    func collection(_ id: String, title: String = "T", folder: String) -> DossierCollection {
        DossierCollection(id: id, title: title, description: "", articles: [], directory: folder)
    }

    @Test func savesAndLoadsPerCollection() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let state = directory + "/state"
        let first = FileReadingPositionStore(directory: state, collection: collection("a", folder: "/collections/a"))
        let second = FileReadingPositionStore(directory: state, collection: collection("b", folder: "/collections/b"))
        #expect(first.load() == ReadingPositions())
        try first.save(ReadingPositions(lastArticle: "hanif", offsets: ["hanif": 1234]))
        try second.save(ReadingPositions(lastArticle: "x", offsets: ["x": 1]))
        #expect(first.load() == ReadingPositions(lastArticle: "hanif", offsets: ["hanif": 1234]))
        // The id is the key: a moved folder or a new title keeps the positions.
        let moved = collection("a", title: "New title", folder: "/elsewhere/a-copy")
        #expect(FileReadingPositionStore(directory: state, collection: moved).load().lastArticle == "hanif")
        #expect(second.load().offsets == ["x": 1])
        let files = try FileManager.default.contentsOfDirectory(atPath: state)
        #expect(files == ["positions.json"])
    }

    @Test func anUnreadableFileMeansNoPositions() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "not json".write(toFile: directory + "/positions.json", atomically: true, encoding: .utf8)
        let store = FileReadingPositionStore(directory: directory, collection: collection("c", folder: "/c"))
        #expect(store.load() == ReadingPositions())
        try store.save(ReadingPositions(lastArticle: "a"))
        #expect(store.load().lastArticle == "a")
    }

    @Test func positionsKeyedByFolderPathAreCarriedOverToTheID() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // positions.json as earlier versions wrote it: keyed by the folder's path.
        try #"{ "/collections/a": { "lastArticle": "hanif", "offsets": { "hanif": 77 } } }"#
            .write(toFile: directory + "/positions.json", atomically: true, encoding: .utf8)
        let store = FileReadingPositionStore(directory: directory, collection: collection("byzantium-1f2e", folder: "/collections/a/"))
        #expect(store.load() == ReadingPositions(lastArticle: "hanif", offsets: ["hanif": 77]))
        try store.save(ReadingPositions(lastArticle: "hanif", offsets: ["hanif": 80]))
        let saved = try JSONDecoder().decode([String: ReadingPositions].self, from: Data(contentsOf: store.file))
        #expect(Array(saved.keys) == ["byzantium-1f2e"])
    }

    @Test func marksAndSearchesAreKeptAndAnOlderFileStillLoads() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // positions.json before marks and the search history existed.
        try #"{ "c": { "lastArticle": "hanif", "offsets": { "hanif": 77 } } }"#
            .write(toFile: directory + "/positions.json", atomically: true, encoding: .utf8)
        let store = FileReadingPositionStore(directory: directory, collection: collection("c", folder: "/c"))
        var positions = store.load()
        #expect(positions == ReadingPositions(lastArticle: "hanif", offsets: ["hanif": 77]))
        positions.marks["a"] = Location(article: "hanif", offset: 1200, cursorOffset: 1310)
        positions.searches.record("Tashkent")
        try store.save(positions)
        #expect(store.load() == positions)
        let json = try String(contentsOf: store.file, encoding: .utf8)
        #expect(json.contains(#""searches" : ["#))
    }

    @Test func stateDirectoryFollowsXDG() {
        #expect(StateDirectory.path(environment: ["DOSSIER_STATE_DIR": "/tmp/s", "XDG_STATE_HOME": "/x", "HOME": "/h"]) == "/tmp/s")
        #expect(StateDirectory.path(environment: ["XDG_STATE_HOME": "/x", "HOME": "/h"]) == "/x/dossier")
        #expect(StateDirectory.path(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/dossier")
        #expect(StateDirectory.path(environment: [:]) == nil)
    }
}
