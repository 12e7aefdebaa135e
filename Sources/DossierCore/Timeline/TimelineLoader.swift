/// Loads a collection's `entities.yaml` and `events.yaml` (Content/README.md) into a `Timeline`,
/// resolving every quote against its article's plain text.
///
/// Never throws and never crashes on bad input: every problem becomes a diagnostic with
/// `file:line:column` of the offending YAML node (or of the article text), and whatever is
/// valid still loads. A collection with neither file has an empty timeline and no diagnostics.
public enum TimelineLoader {
    public struct Result: Sendable {
        public var timeline: Timeline
        public var diagnostics: [Diagnostic]
        /// The parsed articles the quotes were resolved against, by id.
        public var documents: [String: Document]

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    public static let entitiesFileName = "entities.yaml"
    public static let eventsFileName = "events.yaml"

    /// Loads the timeline of `collection` from its folder. `documents` are parsed articles by id
    /// when the caller has them already; the others are parsed here when there are events.
    public static func load(collection: DossierCollection, documents: [String: Document] = [:]) -> Result {
        let entitiesPath = CollectionLoader.join(collection.directory, entitiesFileName)
        let eventsPath = CollectionLoader.join(collection.directory, eventsFileName)
        var diagnostics: [Diagnostic] = []
        let entitiesText = readText(entitiesPath, diagnostics: &diagnostics)
        let eventsText = readText(eventsPath, diagnostics: &diagnostics)
        var documents = documents
        // Without events there is no quote to resolve: a thousand articles need not be parsed.
        if eventsText != nil {
            let unparsed = collection.articles.filter { documents[$0.id] == nil }
            for (article, document) in zip(unparsed, unparsed.concurrentMap { $0.read().document }) {
                documents[article.id] = document
            }
        }
        return load(entitiesText: entitiesText, entitiesFile: entitiesPath, eventsText: eventsText, eventsFile: eventsPath,
                    articles: collection.articles, failedArticleIDs: Set(collection.failedArticles.map(\.id)),
                    documents: documents, diagnostics: diagnostics)
    }

    /// Loads from texts already read: `nil` for a file that does not exist.
    public static func load(entitiesText: String?, entitiesFile: String = entitiesFileName,
                            eventsText: String?, eventsFile: String = eventsFileName,
                            articles: [Article], documents: [String: Document] = [:]) -> Result {
        var documents = documents
        for article in articles where documents[article.id] == nil { documents[article.id] = article.read().document }
        return load(entitiesText: entitiesText, entitiesFile: entitiesFile, eventsText: eventsText, eventsFile: eventsFile,
                    articles: articles, failedArticleIDs: [], documents: documents, diagnostics: [])
    }

    private static func load(entitiesText: String?, entitiesFile: String, eventsText: String?, eventsFile: String,
                             articles: [Article], failedArticleIDs: Set<String>, documents: [String: Document],
                             diagnostics: [Diagnostic]) -> Result {
        var diagnostics = diagnostics
        var entities: [Entity] = []
        var entityIDs: Set<String>?
        if let entitiesText {
            let read = EntitiesFileReader.read(text: entitiesText, file: entitiesFile)
            diagnostics += read.diagnostics
            entities = read.entities
            if read.isReadable { entityIDs = Set(entities.map(\.id)) }
        } else if eventsText != nil {
            entityIDs = []
            diagnostics.append(Diagnostic(file: entitiesFile, line: 1, column: 1, severity: .warning,
                                          message: "no \(entitiesFileName): the events' entities cannot be found"))
        }
        guard let eventsText else {
            return Result(timeline: Timeline(entities: entities), diagnostics: diagnostics, documents: documents)
        }
        let known = EventsFileReader.Known(entityIDs: entityIDs, articleIDs: articles.map(\.id),
                                               failedArticleIDs: failedArticleIDs)
        var read = EventsFileReader.read(text: eventsText, file: eventsFile, known: known)
        diagnostics += read.diagnostics

        var targets: [String: QuoteResolver.Target] = [:]
        for article in articles {
            if let document = documents[article.id] { targets[article.id] = QuoteResolver.Target(article: article, document: document) }
        }
        var resolver = QuoteResolver(eventsFile: eventsFile, targets: targets)
        for eventIndex in read.events.indices {
            let id = read.events[eventIndex].id
            read.events[eventIndex].mentions = read.events[eventIndex].mentions.map { resolver.resolve($0, of: id) }
        }
        diagnostics += resolver.diagnostics
        diagnostics += checkUncovered(read.uncovered, documents: documents, eventsFile: eventsFile)
        let timeline = Timeline(entities: entities, eras: read.eras, events: read.events, uncovered: read.uncovered)
        return Result(timeline: timeline, diagnostics: diagnostics, documents: documents)
    }

    /// An `uncovered:` entry whose text is not in its article is an error (it excuses nothing).
    private static func checkUncovered(_ uncovered: [Uncovered], documents: [String: Document], eventsFile: String) -> [Diagnostic] {
        uncovered.compactMap { entry in
            guard let document = documents[entry.article], document.plainText.occurrences(of: entry.text, limit: 1).isEmpty else { return nil }
            return Diagnostic(file: eventsFile, line: entry.position.line, column: entry.position.column,
                              message: "uncovered text '\(entry.text)' is not in article '\(entry.article)'")
        }
    }

    /// The file's text, or nil when it does not exist (or cannot be read: then with a diagnostic).
    static func readText(_ path: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let bytes = CollectionLoader.readBytes(path, diagnostics: &diagnostics) else { return nil }
        let sanitized = TextSanitizer.sanitize(bytes, file: path)
        diagnostics += sanitized.diagnostics
        return sanitized.text
    }
}
