import DossierCore
import Foundation
import GRDB

extension ContentIndex {
    /// A ``CollectionLoader/ArticleReader`` for a first frame that cannot wait for a refresh: a
    /// file whose size and time are the indexed ones is answered from the index, any other is
    /// read by ``ArticleHeadReader`` (its front matter only). It writes nothing — the refresh
    /// that brings the index up to date follows, in the background. Bodies are omitted either
    /// way and read from the files when opened, so what is shown is never stale.
    public func frontMatterReader() -> CollectionLoader.ArticleReader {
        // An index that cannot be read now only means every file is read by its head.
        let known = (try? database.read { try StoredArticle.fetchAll($0) }) ?? [:]
        return { path, id in
            let name = ArticleFiles.fileName(of: path)
            if let stored = known[name], let stamp = FileStamp(path: path), stored.stamp == stamp {
                return stored.answer(path: path)
            }
            return ArticleHeadReader.read(path: path, id: id)
        }
    }
}
