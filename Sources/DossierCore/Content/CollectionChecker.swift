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
        // Every article is parsed, on every core: this is most of a check's time.
        let articles = loaded.collection.articles
        let reads = articles.concurrentMap { $0.read() }
        var documents: [String: Document] = [:]
        for (article, read) in zip(articles, reads) { documents[article.id] = read.document }
        let timeline = TimelineLoader.load(collection: loaded.collection, documents: documents)
        var report = report(collection: loaded.collection, diagnostics: loaded.diagnostics,
                            bodyDiagnostics: reads.flatMap(\.diagnostics), timeline: timeline)
        if coverage {
            let coverageReport = DateCoverage.report(collection: loaded.collection, timeline: timeline.timeline, documents: documents,
                                                     eventsFile: CollectionLoader.join(directory, TimelineLoader.eventsFileName))
            report.diagnostics += coverageReport.diagnostics
            report.coverage = coverageReport
        }
        return report
    }

    /// The check of a collection whose reading and parsing problems are known already (the
    /// content index keeps each file's): `diagnostics` are the loader's, `bodyDiagnostics` those
    /// of parsing each article, in reading order. Only the timeline is loaded; an article is
    /// parsed (from its file, as it is now) only when there are events to resolve against it.
    public static func check(collection: DossierCollection, diagnostics: [Diagnostic], bodyDiagnostics: [Diagnostic]) -> Report {
        report(collection: collection, diagnostics: diagnostics, bodyDiagnostics: bodyDiagnostics,
               timeline: TimelineLoader.load(collection: collection))
    }

    private static func report(collection: DossierCollection, diagnostics: [Diagnostic], bodyDiagnostics: [Diagnostic],
                               timeline: TimelineLoader.Result) -> Report {
        Report(diagnostics: diagnostics + bodyDiagnostics + timeline.diagnostics, articleCount: collection.articles.count,
               entityCount: timeline.timeline.entities.count, eventCount: timeline.timeline.events.count)
    }
}
