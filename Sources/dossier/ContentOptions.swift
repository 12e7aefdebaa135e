import ArgumentParser
import DossierCore
import DossierIndex
import Foundation

/// `--content DIR`, shared by every command.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The collection folder (default: $DOSSIER_CONTENT, else the bundled Content).",
                                            valueName: "dir"))
    var content: String?

    /// The collection folder to use, or an error saying how to name one.
    func directory() throws -> String {
        guard let directory = ContentLocator.locate(explicit: content, buildRepository: BuildLocation.repository) else {
            throw NothingFound("No collection found. Pass --content DIR or set \(ContentLocator.environmentVariable).")
        }
        return directory
    }

    /// Loads the collection; prints its errors to standard error unless `quiet`.
    func load(quiet: Bool = false) throws -> CollectionLoader.Result {
        let result = CollectionLoader.load(directory: try directory())
        if !quiet {
            for diagnostic in result.errors { Console.printError(diagnostic.description) }
        }
        if result.collection.articles.isEmpty && !result.errors.isEmpty {
            throw ExitCode(1)
        }
        return result
    }

    /// The article with `id`, or an error listing the ids there are.
    func article(_ id: String, in collection: DossierCollection) throws -> Article {
        if let article = collection.article(withID: id) { return article }
        throw Self.noArticle(id, known: collection.articles.map(\.id))
    }

    /// The collection as its content index answers for it (brought up to date first: only
    /// changed files are read); prints the index's notices, and the errors as `load` does.
    func loadIndexed(rebuild: Bool = false) throws -> ContentIndex.Refreshed {
        let refreshed = try refreshedIndex(rebuild: rebuild)
        for diagnostic in refreshed.collection.errors { Console.printError(diagnostic.description) }
        if refreshed.collection.articles.isEmpty && !refreshed.collection.errors.isEmpty {
            throw ExitCode(1)
        }
        return refreshed
    }

    /// The content index brought up to date (only changed files are read); prints its notices.
    func refreshedIndex(rebuild: Bool = false) throws -> ContentIndex.Refreshed {
        let refreshed = try ContentIndex.refreshed(collection: try directory(), rebuild: rebuild)
        for notice in refreshed.notices { Console.printError(notice) }
        return refreshed
    }

    /// The indexed article with `id`, or a validation error listing the ids there are.
    func article(_ id: String, in collection: IndexedCollection) throws -> IndexedArticle {
        if let article = collection.article(withID: id) { return article }
        throw Self.noArticle(id, known: collection.articles.map(\.id))
    }

    /// The whole article with `id`, read from its file now and no other file read: a thousand
    /// articles cost `show` and `toc` one folder listing. An id that no file gives is looked up
    /// in the indexed collection, to name the ids there are.
    func fullArticle(_ id: String) throws -> Article {
        let directory = try directory()
        let (article, diagnostics) = try ArticleFiles.file(withID: id, in: directory)
            .map { CollectionLoader.readArticle(path: $0.path, id: id) }
            ?? article(id, in: loadIndexed().collection).load()
        guard let article else {
            for diagnostic in diagnostics where diagnostic.severity == .error { Console.printError(diagnostic.description) }
            throw ExitCode(1)
        }
        return article
    }

    private static func noArticle(_ id: String, known: [String]) -> NothingFound {
        NothingFound("No article '\(id)'. Articles: \(known.joined(separator: ", "))")
    }
}

/// Where the repository was when this binary was built: lets `swift run` find Content/ from any directory.
enum BuildLocation {
    static let repository: String = {
        var path = #filePath
        for _ in 0..<3 {
            guard let slash = path.lastIndex(of: "/") else { break }
            path = String(path[..<slash])
        }
        return path
    }()
}
