@testable import DossierCore
import Foundation
import Testing
@testable import DossierIndex

/// The reader's first frame takes the front matter from the index without refreshing it:
/// a file changed since the index was written must still be seen as it is now.
@Suite struct IndexFrontMatterTests {
    @Test func unchangedFilesAreAnsweredFromTheIndexAndAChangedOneFromItsFile() throws {
        let fixture = try IndexedCollectionFixture(articles: ["a": "Old words here.\n", "b": "Second article.\n"])
        defer { fixture.remove() }
        try fixture.age("a")
        try fixture.age("b")
        let opened = ContentIndex.open(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        _ = try opened.index.refresh()

        try fixture.write("a", body: "New words here.\n", title: "Renamed")
        let loaded = CollectionLoader.load(directory: fixture.directory, readArticle: opened.index.frontMatterReader())
        #expect(loaded.collection.articles.map(\.metadata.title) == ["Renamed", "Article b"])
        // b comes from the index, bodiless; a (short) was read whole from its file.
        #expect(loaded.collection.article(withID: "b")?.bodyIsOmitted == true)
        #expect(loaded.collection.article(withID: "a")?.read().document.plainText.string.contains("New words here.") == true)
        // Nothing was written: the refresh that follows still finds the edit to read.
        #expect(try opened.index.refresh().reread == 1)
    }

    @Test func theRefreshTellsItsProgressByBatch() throws {
        let articles = Dictionary(uniqueKeysWithValues: (0..<40).map { (String(format: "a%02d", $0), "Text \($0).\n") })
        let fixture = try IndexedCollectionFixture(articles: articles)
        defer { fixture.remove() }
        for id in articles.keys { try fixture.age(id) }
        let opened = ContentIndex.open(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        var reports: [[Int]] = []
        _ = try opened.index.refresh { done, total in reports.append([done, total]) }
        #expect(reports == [[0, 40], [32, 40], [40, 40]])
        reports = []
        _ = try opened.index.refresh { done, total in reports.append([done, total]) }
        #expect(reports.isEmpty)
    }
}
