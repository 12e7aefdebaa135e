/// `dossier check`: loads a collection and parses every article, collecting all problems.
public enum CollectionChecker {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var articleCount: Int
    }

    public static func check(directory: String) -> Report {
        let loaded = CollectionLoader.load(directory: directory)
        var diagnostics = loaded.diagnostics
        for article in loaded.collection.articles {
            diagnostics += article.read().diagnostics
        }
        return Report(diagnostics: diagnostics, articleCount: loaded.collection.articles.count)
    }
}
