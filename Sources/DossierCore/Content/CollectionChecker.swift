/// `dossier check`: loads a collection, parses every article and loads its timeline
/// (entities, events, quotes), collecting all problems; with `coverage`, also lists the dates
/// of the articles that no event accounts for (`DateCoverage`).
public enum CollectionChecker {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var articleCount: Int
        public var entityCount: Int = 0
        public var eventCount: Int = 0
        /// Set when coverage was asked for.
        public var coverage: DateCoverage.Report?
    }

    public static func check(directory: String, coverage: Bool = false) -> Report {
        let loaded = CollectionLoader.load(directory: directory)
        var diagnostics = loaded.diagnostics
        // Every article is parsed, on every core: this is most of a check's time.
        let articles = loaded.collection.articles
        let reads = articles.concurrentMap { $0.read() }
        var documents: [String: Document] = [:]
        for (article, read) in zip(articles, reads) {
            diagnostics += read.diagnostics
            documents[article.id] = read.document
        }
        let timeline = TimelineLoader.load(collection: loaded.collection, documents: documents)
        diagnostics += timeline.diagnostics
        var report = Report(diagnostics: diagnostics, articleCount: loaded.collection.articles.count,
                            entityCount: timeline.timeline.entities.count, eventCount: timeline.timeline.events.count)
        if coverage {
            let coverageReport = DateCoverage.report(collection: loaded.collection, timeline: timeline.timeline, documents: documents,
                                                     eventsFile: CollectionLoader.join(directory, TimelineLoader.eventsFileName))
            report.diagnostics += coverageReport.diagnostics
            report.coverage = coverageReport
        }
        return report
    }
}
