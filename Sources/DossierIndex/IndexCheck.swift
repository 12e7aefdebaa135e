import DossierCore
import GRDB

extension ContentIndex {
    /// `dossier check` answered from the index, as ``CollectionChecker/check(directory:coverage:)``
    /// answers (the same diagnostics in the same order): the problems of reading and of parsing
    /// each file are the ones stored when it was last read — the refresh that gave `collection`
    /// read every changed file again — so no unchanged article is parsed.
    public func check(_ collection: IndexedCollection) throws -> CollectionChecker.Report {
        let stored = try database.read { try StoredArticle.bodyDiagnostics($0) }
        let bodyDiagnostics = collection.articles.flatMap { article in
            stored[ArticleFiles.fileName(of: article.file)]?.map { $0.diagnostic(articleFile: article.file) } ?? []
        }
        return CollectionChecker.check(collection: collection.withoutBodies, diagnostics: collection.diagnostics,
                                       bodyDiagnostics: bodyDiagnostics)
    }
}
