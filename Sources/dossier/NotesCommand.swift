import ArgumentParser
import DossierCore
import DossierIndex
import DossierNotes
import Foundation

/// `dossier notes …`: the annotation store from the command line (scriptable).
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List, add, export and import annotations.",
        discussion: """
            Annotations live in one SQLite database: --notes FILE, else $DOSSIER_NOTES, else \
            $XDG_DATA_HOME/dossier/notes.sqlite (default ~/.local/share/dossier/notes.sqlite).
            """,
        subcommands: [
            NotesListCommand.self, NotesAddCommand.self, NotesExportCommand.self, NotesImportCommand.self,
            NotesCheckCommand.self,
        ]
    )
}

/// `--notes FILE`, shared by the notes commands.
struct NotesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The notes database (default: $DOSSIER_NOTES, else $XDG_DATA_HOME/dossier/notes.sqlite).", valueName: "file"))
    var notes: String?

    /// Opens the store, for writing unless `access` says otherwise; its errors (not
    /// a file, newer schema, not a database, read-only) read as messages.
    func open(_ access: NotesStore.Access = .readWrite) throws -> NotesStore {
        try NotesStore(explicitPath: notes, access: access)
    }
}

/// Looking up articles' plain texts and keeping anchors current.
enum NotesContent {
    /// The plain text of `article`.
    static func plainText(of article: Article) -> String {
        article.read().document.plainText.string
    }

    /// Re-anchors the annotations of `articles` (ids) of `collection` against the
    /// current Content; articles that no longer exist orphan their annotations.
    /// Returns where each annotation of a re-anchored article is now (stored only if `store`
    /// may write). An article whose text hash is the one its notes were last anchored against
    /// (``NotesStore/anchoredTextHashes(collection:)``) is skipped and returns nothing: its
    /// stored anchors are current. Only the other articles are read, on every core; the store
    /// is then written in order.
    @discardableResult
    static func reanchor(_ store: NotesStore, collection: DossierCollection, articles: Set<String>) throws
        -> [ReanchorResult]
    {
        // The store's key: a read-only store still finds notes under the legacy key.
        let key = try store.collectionKey(for: collection)
        let recorded = try store.anchoredTextHashes(collection: key)
        let hashes = ContentIndex.open(collection: collection.directory).index.textHashes()
        let ids = articles.sorted()
        let texts = ids.concurrentMap { id in
            ArticleToAnchor(collection.article(withID: id), recorded: recorded[id], hashes: hashes)
        }
        return try zip(ids, texts).flatMap { id, text -> [ReanchorResult] in
            guard case .changed(let plainText, let hash) = text else { return [] }
            return try store.reanchor(collection: key, article: id, plainText: plainText, textHash: hash).results
        }
    }

    /// The annotations `stored` (all of `collection`'s, in document order, by default) as
    /// anchored in its current text: re-anchored in memory, and stored only if `store` may
    /// write. Only the articles they are on are read.
    static func current(_ store: NotesStore, collection: DossierCollection, of chosen: [Annotation]? = nil) throws -> [Annotation] {
        let stored = try chosen ?? store.list(collection: try store.collectionKey(for: collection))
        let current = Dictionary(try reanchor(store, collection: collection, articles: Set(stored.map(\.article)))
            .map { ($0.annotation.id, $0.annotation) }, uniquingKeysWith: { first, _ in first })
        return stored.map { current[$0.id] ?? $0 }
    }

    /// The collection, if one can be found and loaded; `nil` (silently) otherwise.
    ///
    /// Its front matter comes from the content index for the files it knows unchanged, and
    /// from the head of each other file (as the reader's first frame does); no body is read
    /// here. An article's body is read from its file when one of its notes is listed,
    /// exported or placed, so ten thousand notes on a few articles read those few, and what
    /// is read is the file as it is now.
    static func optionalCollection(_ content: ContentOptions) -> DossierCollection? {
        guard let directory = try? content.directory() else { return nil }
        let index = ContentIndex.open(collection: directory).index
        let result = CollectionLoader.load(directory: directory, readArticle: index.frontMatterReader())
        return result.collection.articles.isEmpty ? nil : result.collection
    }
}

/// A refusal of a notes command: printed as `Error: …`, exit status 1, no usage text.
struct NotesCommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
