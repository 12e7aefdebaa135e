import DossierCore

/// An article as the index knows it: its front matter and counts, without its body.
public struct IndexedArticle: Sendable {
    public var metadata: ArticleMetadata
    /// The article's file, as the loader names it in diagnostics.
    public var file: String
    /// Named sections (the unnamed opening not counted), body words, footnotes.
    public var sectionCount: Int
    public var wordCount: Int
    public var footnoteCount: Int

    public var id: String { metadata.id }

    /// The whole article, read from its file now (only this one file is read).
    public func load() -> (Article?, [Diagnostic]) {
        CollectionLoader.readArticle(path: file, id: id)
    }
}

/// A collection as the index answers for it: what ``CollectionLoader`` would load, in the same
/// order and with the same diagnostics, but with no article body read.
public struct IndexedCollection: Sendable {
    public var title: String
    public var description: String
    public var directory: String
    public var articles: [IndexedArticle]
    /// The collection as the loader gives it, each article's body omitted: ``Article/read()``
    /// reads the file, as it is then, when the article is parsed.
    var withoutBodies: DossierCollection
    public var diagnostics: [Diagnostic]
    /// How this refresh found the files: read again, and dropped because they are gone.
    public var reread: Int
    public var removed: Int

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public func article(withID id: String) -> IndexedArticle? {
        articles.first { $0.id == id }
    }
}
