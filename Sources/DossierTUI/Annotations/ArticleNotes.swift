import DossierCore
import DossierNotes
import Foundation

/// The annotations of one article as the reader shows them: re-anchored to the
/// article's current text, in document order, with how many notes link to each of
/// them and to each of the article's sections.
///
/// Loading touches the database, so the run loop does it as an effect (when an
/// article is opened, and after every change) and hands the value to the reducer.
public struct ArticleNotes: Hashable, Sendable {
    /// The article id.
    public var article: String
    /// Its annotations in document order (orphans keep their old position).
    public var annotations: [Annotation]
    /// Notes linking to each annotation, by its id (only ids with links).
    public var backlinks: [UUID: Int]
    /// Notes linking to each section of the article (`[[section:article#id]]`), by section id.
    public var sectionBacklinks: [String: Int]
    /// The annotations' short handles (`[[note:k3f9]]`), by id.
    public var handles: [UUID: String]

    /// Notes as given (tests, or a caller that loaded them itself).
    public init(article: String, annotations: [Annotation] = [], backlinks: [UUID: Int] = [:], sectionBacklinks: [String: Int] = [:],
                handles: [UUID: String] = [:]) {
        self.article = article
        self.annotations = annotations
        self.backlinks = backlinks
        self.sectionBacklinks = sectionBacklinks
        self.handles = handles
    }

    /// `article`'s notes out of `notes` (the collection's), with their backlinks counted
    /// among the collection's notes.
    public init(article: String, notes: CollectionNotes) {
        let annotations = notes.annotations(inArticle: article)
        var backlinks: [UUID: Int] = [:]
        for annotation in annotations {
            let count = notes.backlinks(toNote: annotation)
            if count > 0 { backlinks[annotation.id] = count }
        }
        var sections: [String: Int] = [:]
        let prefix = article.lowercased() + "#"
        for identifier in notes.linkedIdentifiers(of: .section) where identifier.hasPrefix(prefix) {
            guard let target = LinkTarget(kind: .section, identifier: identifier) else { continue }
            sections[String(identifier.dropFirst(prefix.count))] = notes.backlinks(to: target)
        }
        self.init(article: article, annotations: annotations, backlinks: backlinks, sectionBacklinks: sections, handles: notes.handles)
    }

    /// Loads `article`'s annotations from `store` under `collection` (the key
    /// ``NotesCollectionKey/key(for:)`` gives), with backlinks counted among the
    /// collection's notes. With `plainText`, anchors are first re-anchored to it (one
    /// transaction; nothing is deleted or moved silently: moved and approximate anchors
    /// keep their mark until the user confirms them).
    public static func load(from store: NotesStore, collection: String, article: String, plainText: String? = nil) throws -> ArticleNotes {
        if let plainText {
            try store.reanchor(collection: collection, article: article, plainText: plainText)
        }
        return ArticleNotes(article: article, notes: try CollectionNotes.load(from: store, collection: collection))
    }
}
