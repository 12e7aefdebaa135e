import DossierCore
import Foundation

/// The IRIs of a loaded collection's articles, for the W3C `target.source` of an
/// export and for placing imported annotations: each article's file URL and, when
/// its front matter gives one, the URL it was taken from.
///
/// An export names the article by its file URL (anything on this machine can
/// open it) and records the original URL as `via`. An import places a foreign
/// annotation — Hypothesis and other tools annotate the original web page, or a
/// local copy — on the article whose file URL or original URL its source is.
public struct W3CArticleSources: Sendable {
    struct Entry: Sendable {
        var fileURL: String
        var originalURL: String?
    }

    /// The notes key of the collection (``NotesCollectionKey``).
    let collection: String
    private let articles: DossierCollection
    private let entries: [String: Entry]
    /// Normalised source IRI → article id.
    private let articleBySource: [String: String]

    /// The sources of `collection`'s articles.
    public init(collection: DossierCollection) {
        self.collection = NotesCollectionKey.key(for: collection)
        articles = collection
        var entries: [String: Entry] = [:]
        var articleBySource: [String: String] = [:]
        for article in collection.articles {
            let file = URL(fileURLWithPath: article.file).standardizedFileURL
            let entry = Entry(fileURL: file.absoluteString, originalURL: article.metadata.url)
            entries[article.id] = entry
            // The symlink-free path too, so that a copy made through a symlinked folder is found.
            for iri in [entry.fileURL, file.resolvingSymlinksInPath().absoluteString, entry.originalURL].compactMap({ $0 }) {
                articleBySource[Self.normalized(iri)] = article.id
            }
        }
        self.entries = entries
        self.articleBySource = articleBySource
    }

    /// The file URL and original URL of `article` of `collection`, if it is one of these articles.
    func entry(collection: String, article: String) -> Entry? {
        collection == self.collection ? entries[article] : nil
    }

    /// The plain text of `article`, the text annotations are anchored in.
    func plainText(of article: String) -> String? {
        articles.article(withID: article)?.read().document.plainText.string
    }

    /// The article whose file URL or original URL is `source`.
    func article(forSource source: String) -> String? {
        articleBySource[Self.normalized(source)]
    }

    /// The form in which two IRIs of the same page compare equal: without a
    /// fragment or a trailing slash, scheme and host in lower case, `http` as
    /// `https`, and the path's percent-escapes decoded.
    static func normalized(_ iri: String) -> String {
        guard var components = URLComponents(string: iri.trimmingCharacters(in: .whitespaces)),
              let scheme = components.scheme?.lowercased()
        else { return iri }
        components.fragment = nil
        components.scheme = scheme == "http" ? "https" : scheme
        components.host = components.host?.lowercased()
        var path = components.path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        components.path = path
        return components.string ?? iri
    }
}
