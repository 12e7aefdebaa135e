@testable import DossierCore
import Foundation
import Testing
@testable import DossierIndex

/// `dossier check` from the index: what parsing every article says, without parsing the unchanged ones.
@Suite struct IndexCheckTests {
    private func expectSameReport(_ directory: String, cacheDirectory: String, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> CollectionChecker.Report {
        let refreshed = try ContentIndex.refreshed(collection: directory, cacheDirectory: cacheDirectory)
        let fromIndex = try refreshed.index.check(refreshed.collection)
        let parsed = CollectionChecker.check(directory: directory)
        #expect(fromIndex.diagnostics == parsed.diagnostics, sourceLocation: sourceLocation)
        #expect(fromIndex.articleCount == parsed.articleCount, sourceLocation: sourceLocation)
        #expect(fromIndex.entityCount == parsed.entityCount, sourceLocation: sourceLocation)
        #expect(fromIndex.eventCount == parsed.eventCount, sourceLocation: sourceLocation)
        return fromIndex
    }

    @Test func theBundledCollectionChecksAsAFullParseDoes() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-index-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        // Built, then answered from the stored rows.
        let built = try expectSameReport(IndexedCollectionFixture.bundledContent, cacheDirectory: cache)
        let stored = try expectSameReport(IndexedCollectionFixture.bundledContent, cacheDirectory: cache)
        #expect(built.eventCount > 0)
        #expect(stored.diagnostics == built.diagnostics)
    }

    @Test func bodyProblemsAreStoredAndNeverStale() throws {
        let fixture = try IndexedCollectionFixture(articles: [
            "a": "Text[^gone] and [^1].\n\n[^1]: A note.\n\n[^2]: Never referenced.\n",
            "b": "Clean.\n",
        ])
        defer { fixture.remove() }
        try fixture.age("a")
        try fixture.age("b")
        let first = try expectSameReport(fixture.directory, cacheDirectory: fixture.cacheDirectory)
        #expect(first.diagnostics.map(\.message) == ["footnote [^gone] is not defined", "footnote [^2] is defined but never referenced"])
        #expect(first.diagnostics.allSatisfy { $0.file == fixture.path("a") && $0.line > 7 })

        // Answered from the index: nothing is read again, the problems are still there.
        let again = try ContentIndex.refreshed(collection: fixture.directory, cacheDirectory: fixture.cacheDirectory)
        #expect(again.collection.reread == 0)
        #expect(try again.index.check(again.collection).diagnostics == first.diagnostics)

        // Fixed in a, broken in b, c added broken, then removed: each check says so.
        try fixture.write("a", body: "Text and [^1].\n\n[^1]: A note.\n")
        try fixture.write("b", body: "Now [^x].\n")
        try fixture.write("c", body: "Also [^y].\n")
        let edited = try expectSameReport(fixture.directory, cacheDirectory: fixture.cacheDirectory)
        #expect(edited.diagnostics.filter { $0.severity == .error }.map(\.message) == ["footnote [^x] is not defined", "footnote [^y] is not defined"])
        try FileManager.default.removeItem(atPath: fixture.path("c"))
        let removed = try expectSameReport(fixture.directory, cacheDirectory: fixture.cacheDirectory)
        #expect(removed.diagnostics.filter { $0.severity == .error }.map(\.message) == ["footnote [^x] is not defined"])
        #expect(removed.articleCount == 2)
    }
}
