import DossierCore

/// One row of the section browser.
struct BrowserRow: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case article
        /// A section, by index into the article's `Document.sections`.
        case section(Int)
        /// An article file that could not be loaded; the title is its error.
        case failed
    }

    var article: String
    var kind: Kind
    /// 0 for an article, the heading level for a section.
    var depth: Int
    var title: String
}

/// The rows of the section browser: every article, and the sections of the unfolded
/// ones (once parsed); then the article files that could not be loaded, with their error.
enum BrowserRows {
    static func rows(library: LibraryState, expanded: Set<String>) -> [BrowserRow] {
        var rows: [BrowserRow] = []
        for article in library.collection.articles {
            rows.append(BrowserRow(article: article.id, kind: .article, depth: 0, title: article.metadata.title))
            guard expanded.contains(article.id), let document = library.documents[article.id] else { continue }
            for (index, section) in document.sections.enumerated() {
                if section.level == 0 && section.blocks.isEmpty { continue }
                let title = section.level == 0 ? "(opening)" : section.title
                rows.append(BrowserRow(article: article.id, kind: .section(index), depth: max(1, section.level), title: title))
            }
        }
        for failed in library.collection.failedArticles {
            let error = failed.error
            rows.append(BrowserRow(article: failed.id, kind: .failed, depth: 0,
                                   title: "could not be read: line \(error.line): \(error.message)"))
        }
        return rows
    }
}
