@testable import DossierCore
import Foundation
import GRDB
import Testing
@testable import DossierIndex

@Suite struct ContentIndexTests {
    @Test func answersLikeTheLoaderAndTheParserOnTheBundledCollection() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-index-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let directory = IndexedCollectionFixture.bundledContent
        let refreshed = try ContentIndex.refreshed(collection: directory, cacheDirectory: cache)
        let loaded = CollectionLoader.load(directory: directory)
        #expect(refreshed.collection.articles.map(\.metadata) == loaded.collection.articles.map(\.metadata))
        #expect(refreshed.collection.diagnostics == loaded.diagnostics)
        for (indexed, article) in zip(refreshed.collection.articles, loaded.collection.articles) {
            let document = article.read().document
            #expect(indexed.wordCount == document.wordCount)
            #expect(indexed.footnoteCount == document.footnotes.count)
            #expect(indexed.sectionCount == document.sections.filter { $0.level > 0 }.count)
        }
        for text in ["tashkent", "\"tashkent declaration\"", "steel mill", "pakistan russia", "soviet*", "1965", "U-2"] {
            let query = try #require(SearchQuery(text))
            let parsed = loaded.collection.articles.flatMap { TextSearch.search(query, in: $0.read().document, article: $0.id) }
            #expect(try refreshed.index.search(query, in: refreshed.collection) == parsed, "\(text)")
        }
        // A second run reads no file.
        let again = try ContentIndex.refreshed(collection: directory, cacheDirectory: cache)
        #expect(again.collection.reread == 0)
        #expect(again.notices.isEmpty)
    }

    @Test func findsWholeWordsAndHyphenVariants() throws {
        let fixture = try IndexedCollectionFixture(articles: [
            "a": "# Planes\n\nThe U-2 flew over.\n\nA Tu-22M3 bomber.\n\nThe U2 was lost.\n",
        ])
        defer { fixture.remove() }
        let refreshed = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        for text in ["U-2", "u2", "\"U 2\""] {
            let hits = try refreshed.index.search(SearchQuery(text)!, in: refreshed.collection)
            #expect(hits.map(\.block) == [1, 3], "\(text)")
        }
        #expect(try refreshed.index.search(SearchQuery("tu22m3")!, in: refreshed.collection).map(\.block) == [2])
        #expect(try refreshed.index.search(SearchQuery("bomb*")!, in: refreshed.collection).map(\.block) == [2])
        #expect(try refreshed.index.search(SearchQuery("bomb")!, in: refreshed.collection).isEmpty)
    }

    @Test func editedAddedAndRemovedFilesAreNoticed() throws {
        let fixture = try IndexedCollectionFixture(articles: ["a": "Old words here.\n", "b": "Second article.\n"])
        defer { fixture.remove() }
        try fixture.age("a")
        try fixture.age("b")
        func refresh() throws -> ContentIndex.Refreshed {
            try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        }
        #expect(try refresh().collection.reread == 2)
        #expect(try refresh().collection.reread == 0)

        // Same size, new text: the time tells; then a touch without a change: the hash tells.
        try fixture.write("a", body: "New words here.\n")
        var refreshed = try refresh()
        #expect(refreshed.collection.reread == 1)
        #expect(try refreshed.index.search(SearchQuery("new")!, in: refreshed.collection).map(\.article) == ["a"])
        #expect(try refreshed.index.search(SearchQuery("old")!, in: refreshed.collection).isEmpty)
        try fixture.age("a", seconds: 30)
        #expect(try refresh().collection.reread == 0)

        try fixture.write("c", body: "Third.\n", title: "Added")
        try FileManager.default.removeItem(atPath: fixture.path("b"))
        refreshed = try refresh()
        #expect(refreshed.collection.articles.map(\.id) == ["a", "c"])
        #expect(refreshed.collection.removed == 1)
        #expect(try refreshed.index.search(SearchQuery("second")!, in: refreshed.collection).isEmpty)
        #expect(try refreshed.index.status().blocks == 2)
    }

    @Test func brokenFrontMatterIsReportedEveryTimeWithoutRereading() throws {
        let fixture = try IndexedCollectionFixture(articles: ["a": "Fine.\n"])
        defer { fixture.remove() }
        try "---\nid: b\ntitle: [unclosed\n---\nBody\n".write(toFile: fixture.path("b"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: fixture.path("b"))
        let first = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        let second = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        #expect(!first.collection.errors.isEmpty)
        #expect(second.collection.reread == 0)
        #expect(second.collection.diagnostics == first.collection.diagnostics)
        #expect(second.collection.diagnostics == CollectionLoader.load(directory: fixture.directory).diagnostics)
    }

    @Test func corruptOrOtherVersionIndexIsRebuiltWithANotice() throws {
        let fixture = try IndexedCollectionFixture(articles: ["a": "Some words.\n"])
        defer { fixture.remove() }
        let file = IndexLocation.indexFile(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        let created = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        #expect(created.notices == ["dossier: building the content index \(file)"])

        try DatabaseQueue(path: file).write { try $0.execute(sql: "PRAGMA user_version = 99") }
        let otherVersion = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        #expect(otherVersion.notices.contains { $0.contains("another version") && $0.contains("rebuilding") })
        #expect(try otherVersion.index.search(SearchQuery("words")!, in: otherVersion.collection).count == 1)

        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: file))
        let corrupt = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        #expect(corrupt.notices.contains { $0.contains("rebuilding") })
        #expect(try corrupt.index.search(SearchQuery("words")!, in: corrupt.collection).count == 1)
    }

    @Test func unwritableCacheFallsBackToMemory() throws {
        let fixture = try IndexedCollectionFixture(articles: ["a": "Some words.\n"])
        defer { fixture.remove() }
        // A file where the cache folder should be: nothing can be created there.
        try Data().write(to: URL(fileURLWithPath: fixture.cacheDirectory))
        let refreshed = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        #expect(refreshed.index.file == nil)
        #expect(refreshed.notices.contains { $0.contains("in memory") })
        #expect(try refreshed.index.search(SearchQuery("words")!, in: refreshed.collection).count == 1)
    }

    @Test func eachCollectionFolderHasItsOwnFile() {
        let one = IndexLocation.indexFile(collection: "/tmp/a/Content", cacheDirectory: "/c")
        let two = IndexLocation.indexFile(collection: "/tmp/b/Content", cacheDirectory: "/c")
        #expect(one != two)
        #expect(one.hasPrefix("/c/Content-"))
        #expect(IndexLocation.cacheDirectory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/dossier")
        #expect(IndexLocation.cacheDirectory(environment: ["HOME": "/h"]) == "/h/.cache/dossier")
        #expect(IndexLocation.cacheDirectory(environment: ["DOSSIER_CACHE_DIR": "/d", "XDG_CACHE_HOME": "/x"]) == "/d")
    }
}

@Suite struct MetadataColumnsTests {
    @Test func frontMatterSurvivesTheIndexEvenWithSeparatorsInIt() throws {
        let fixture = try IndexedCollectionFixture(articles: [:])
        defer { fixture.remove() }
        try """
            ---
            id: odd
            title: "Odd \\x1f title"
            authors:
              - name: "A \\x1e B"
                affiliation: Somewhere
              - Plain Name
            provenance: ["one \\x1f two", ""]
            kind: chronology
            source: test
            corrections:
              - original: a
                corrected: b
                reason: typo
            ---
            Body.
            """.write(toFile: fixture.path("odd"), atomically: true, encoding: .utf8)
        let first = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        let second = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        let loaded = CollectionLoader.load(directory: fixture.directory).collection.articles.map(\.metadata)
        #expect(second.collection.reread == 0)
        #expect(first.collection.articles.map(\.metadata) == loaded)
        #expect(second.collection.articles.map(\.metadata) == loaded)
    }

    /// Lists are split on the separator's byte: an item that starts or ends with a combining
    /// mark, or is empty, comes back as it went in.
    @Test func listItemsKeepCombiningMarksAndEmptyItemsAtTheirEdges() throws {
        let fixture = try IndexedCollectionFixture(articles: [:])
        defer { fixture.remove() }
        try """
            ---
            id: marks
            title: Marks
            authors:
              - name: "\\u0301Édith e\\u0301"
                affiliation: "Ünïvérsité \\u0300"
              - Plain Name
              - Пётр Ильич
            provenance: ["\\u0301 first", "", "last e\\u0301", "日本語"]
            kind: chronology
            source: test
            ---
            Body.
            """.write(toFile: fixture.path("marks"), atomically: true, encoding: .utf8)
        _ = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        let second = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        let loaded = CollectionLoader.load(directory: fixture.directory).collection.articles.map(\.metadata)
        #expect(second.collection.reread == 0)
        #expect(loaded.first?.provenance.count == 4)
        #expect(second.collection.articles.map(\.metadata) == loaded)
    }
}
