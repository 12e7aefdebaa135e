import DossierCore
import DossierNotes
import Foundation

/// The annotations of one article as the reader shows them: re-anchored to the
/// article's current text, in document order, with how many notes link to each of
/// them and to each of the article's sections.
///
/// Loading touches the database, so the run loop does it as an effect (when an
/// article is opened, and after every change) and hands the value to the reducer, as
/// part of ``CollectionNotes``.
struct ArticleNotes: Hashable, Sendable {
    /// The article id.
    var article: String
    /// Its annotations in document order (orphans keep their old position).
    var annotations: [Annotation]
    /// Notes linking to each annotation, by its id (only ids with links).
    var backlinks: [UUID: Int]
    /// Notes linking to each section of the article (`[[section:article#id]]`), by section id.
    var sectionBacklinks: [String: Int]
    /// The annotations' short handles (`[[note:k3f9]]`), by id.
    var handles: [UUID: String]

    /// Notes as given (tests, or a caller that loaded them itself).
    init(article: String, annotations: [Annotation] = [], backlinks: [UUID: Int] = [:], sectionBacklinks: [String: Int] = [:],
                handles: [UUID: String] = [:]) {
        self.article = article
        self.annotations = annotations
        self.backlinks = backlinks
        self.sectionBacklinks = sectionBacklinks
        self.handles = handles
    }

    /// Reads `article`'s annotations from `store` under `collection` (the key
    /// ``NotesCollectionKey/key(for:)`` gives), with the backlinks to each (one query), to
    /// each section (from `links`, the collection's counts) and their handles (from `names`,
    /// the collection's).
    static func load(from store: NotesStore, collection: String, article: String, links: LinkCounts,
                     names: NoteDirectory) throws -> ArticleNotes {
        var sections: [String: Int] = [:]
        let prefix = article.lowercased() + "#"
        for identifier in links.identifiers(of: .section) where identifier.hasPrefix(prefix) {
            guard let target = LinkTarget(kind: .section, identifier: identifier) else { continue }
            sections[String(identifier.dropFirst(prefix.count))] = links.count(of: target)
        }
        let annotations = try store.list(collection: collection, article: article)
        var handles: [UUID: String] = [:]
        for annotation in annotations {
            if let handle = names.note(id: annotation.id)?.handle { handles[annotation.id] = handle }
        }
        return ArticleNotes(article: article, annotations: annotations,
                            backlinks: try store.noteBacklinks(collection: collection, article: article),
                            sectionBacklinks: sections, handles: handles)
    }
}
