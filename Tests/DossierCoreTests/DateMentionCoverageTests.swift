import Testing
@testable import DossierCore

/// `dossier check --coverage`: dates of running text that no event quotes and no `uncovered:`
/// entry excuses are listed at their place in the article file.
@Suite struct DateMentionCoverageTests {
    static let body = """
        # History

        Relations began in May 1948. Russia's borders of 1600 are a comparison.
        Later, in 1971, war came (Sattar, 2007: 46-50).

        [^1]: Dawn, *Daily*, October 4, 2012.
        """

    static let events = """
        events:
          - id: relations-1948
            title: Relations
            summary: S.
            date: "1948-05"
            mentions:
              - article: a
                quote: "Relations began in May 1948."
        uncovered:
          - article: a
            text: "borders of 1600"
            reason: A comparison, not an event.
          - article: a
            text: "May 1948"
            reason: Stale, the event tells it.
          - article: a
            text: "1999"
            reason: Not in the article.
        """

    @Test func coveredExcusedAndUncovered() throws {
        let folder = try TemporaryCollection()
        try folder.write("collection.yaml", "title: T\narticles: [a]\n")
        try folder.write("articles/a.md", TemporaryCollection.article(id: "a", body: Self.body.replacingOccurrences(of: "(Sattar", with: "[^1] (Sattar")))
        try folder.write("entities.yaml", "entities: []\n")
        try folder.write("events.yaml", Self.events)
        let report = CollectionChecker.check(directory: folder.directory, coverage: true)
        let coverage = try #require(report.coverage)
        #expect(coverage.items.map(\.mention.text) == ["May 1948", "1600", "1971"])
        #expect(coverage.items.map(\.status) == [.covered(eventIDs: ["relations-1948"]), .excused(reason: "A comparison, not an event."), .uncovered])
        #expect(coverage.summaries == [DateCoverage.ArticleSummary(article: "a", found: 3, covered: 1, excused: 1, uncovered: 1, sources: 2)])
        let messages = report.diagnostics.map { "\($0.file.hasSuffix("a.md") ? "a.md" : "events.yaml"):\($0.line):\($0.column): \($0.severity.rawValue)" }
        // The body starts on line 8: "Later, in 1971" is line 11, "1971" at column 11.
        #expect(messages == ["events.yaml:17:11: error", "a.md:11:11: error", "events.yaml:14:11: warning"])
        #expect(report.diagnostics[0].message == "uncovered text '1999' is not in article 'a'")
        #expect(report.diagnostics[1].message.hasPrefix("date '1971' (year) is told by no event"))
        #expect(report.diagnostics[2].message == "uncovered entry 'May 1948' of 'a' excuses no uncovered date")
        // Without --coverage only the loader's error remains.
        #expect(CollectionChecker.check(directory: folder.directory).diagnostics.filter { $0.severity == .error }.count == 1)
    }

    @Test func bundledContentCoverageRuns() throws {
        let report = CollectionChecker.check(directory: TemporaryCollection.bundledContent, coverage: true)
        let coverage = try #require(report.coverage)
        #expect(coverage.summaries.count == 5)
        #expect(coverage.summaries.allSatisfy { $0.found == $0.covered + $0.excused + $0.uncovered })
        #expect(coverage.summaries.reduce(0) { $0 + $1.found } > 200)
        for item in coverage.uncovered {
            #expect(item.file.hasSuffix("articles/\(item.article).md"))
        }
    }
}
