/// A loaded collection: its description and its articles in reading order.
public struct DossierCollection: Sendable {
    /// The stable id that keys its notes and reading positions (`CollectionID`).
    public var id: String
    public var title: String
    public var description: String
    public var articles: [Article]
    /// Article files that could not be loaded, in file-name order.
    public var failedArticles: [FailedArticle]
    /// The folder it was loaded from.
    public var directory: String

    init(id: String, title: String, description: String, articles: [Article], failedArticles: [FailedArticle] = [],
                directory: String) {
        self.id = id
        self.title = title
        self.description = description
        self.articles = articles
        self.failedArticles = failedArticles
        self.directory = directory
    }

    public func article(withID id: String) -> Article? {
        articles.first { $0.id == id }
    }
}
