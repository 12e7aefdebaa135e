/// Which dates of the articles' running text no event accounts for (`dossier check --coverage`).
///
/// A date mention (`DateMentionFinder`, context `.text` only: citations and reference notes
/// are the dates of sources) is *covered* when the resolved quote of some event mention of the
/// same article contains it entirely, *excused* when it lies inside an occurrence of the `text`
/// of an `uncovered:` entry for that article, and *uncovered* otherwise.
public enum DateCoverage {
    /// What accounts for a date mention.
    public enum Status: Hashable, Sendable {
        /// Told by these events.
        case covered(eventIDs: [String])
        /// Listed under `uncovered:` with this reason.
        case excused(reason: String)
        case uncovered
    }

    /// One date mention of running text and what accounts for it.
    public struct Item: Hashable, Sendable {
        public var article: String
        public var mention: DateMention
        public var status: Status
        /// The mention's position in the article file.
        public var file: String
        public var position: SourcePosition

        var isUncovered: Bool { status == .uncovered }
    }

    /// Counts for one article.
    public struct ArticleSummary: Hashable, Sendable {
        public var article: String
        /// Date mentions in running text.
        public var found: Int
        public var covered: Int
        public var excused: Int
        public var uncovered: Int
        /// Dates of citations and reference notes, not counted above.
        public var sources: Int
    }

    public struct Report: Sendable {
        public var items: [Item]
        public var summaries: [ArticleSummary]
        /// An error for each uncovered date; a warning for each `uncovered:` entry that excuses nothing.
        public var diagnostics: [Diagnostic]

        public var uncovered: [Item] { items.filter(\.isUncovered) }
    }

    /// Checks every article of `collection` against `timeline`; `documents` are parsed articles by id
    /// (those missing are parsed here). `eventsFile` is named in warnings about `uncovered:` entries.
    static func report(collection: DossierCollection, timeline: Timeline, documents: [String: Document] = [:],
                              eventsFile: String = TimelineLoader.eventsFileName) -> Report {
        var items: [Item] = []
        var summaries: [ArticleSummary] = []
        var diagnostics: [Diagnostic] = []
        var usedExcuses: Set<Int> = []
        var presentExcuses: Set<Int> = []
        for article in collection.articles {
            let document = documents[article.id] ?? article.read().document
            let sourceMap = ArticleSourceMap(article: article, document: document)
            let excuses = timeline.uncovered.enumerated().filter { $0.element.article == article.id }.flatMap { index, entry in
                document.plainText.occurrences(of: entry.text).map {
                    (index: index, reason: entry.reason, range: TextRange(start: $0, end: $0 + entry.text.unicodeScalars.count))
                }
            }
            presentExcuses.formUnion(excuses.map(\.index))
            let mentions = DateMentionFinder.mentions(in: document)
            var summary = ArticleSummary(article: article.id, found: 0, covered: 0, excused: 0, uncovered: 0, sources: 0)
            for mention in mentions {
                guard mention.context == .text else {
                    summary.sources += 1
                    continue
                }
                summary.found += 1
                let tellers = timeline.tellings(in: article.id, overlapping: mention.range).filter { telling in
                    guard let range = telling.mention.range else { return false }
                    return range.start <= mention.range.start && mention.range.end <= range.end
                }
                var status = Status.uncovered
                if !tellers.isEmpty {
                    var ids: [String] = []
                    for telling in tellers where !ids.contains(telling.event.id) { ids.append(telling.event.id) }
                    status = .covered(eventIDs: ids)
                    summary.covered += 1
                } else if let excuse = excuses.first(where: { $0.range.start <= mention.range.start && mention.range.end <= $0.range.end }) {
                    usedExcuses.insert(excuse.index)
                    status = .excused(reason: excuse.reason)
                    summary.excused += 1
                } else {
                    summary.uncovered += 1
                }
                let position = sourceMap.position(of: mention.range)
                let item = Item(article: article.id, mention: mention, status: status, file: article.file, position: position)
                if item.isUncovered {
                    diagnostics.append(Diagnostic(file: article.file, line: position.line, column: position.column,
                                                  message: "date '\(mention.text)' (\(mention.precision.rawValue)) is told by no event: "
                                                  + "quote it in an event's mention, or list it under 'uncovered:' with a reason"))
                }
                items.append(item)
            }
            summaries.append(summary)
        }
        // (An entry whose text is not in its article at all is already an error of `TimelineLoader`.)
        for (index, entry) in timeline.uncovered.enumerated() where presentExcuses.contains(index) && !usedExcuses.contains(index) {
            diagnostics.append(Diagnostic(file: eventsFile, line: entry.position.line, column: entry.position.column, severity: .warning,
                                          message: "uncovered entry '\(entry.text)' of '\(entry.article)' excuses no uncovered date"))
        }
        return Report(items: items, summaries: summaries, diagnostics: diagnostics)
    }
}
