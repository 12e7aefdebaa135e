/// A loaded collection: its description and its articles in reading order.
public struct DossierCollection: Sendable {
    public var title: String
    public var description: String
    public var articles: [Article]
    /// The folder it was loaded from.
    public var directory: String

    public init(title: String, description: String, articles: [Article], directory: String) {
        self.title = title
        self.description = description
        self.articles = articles
        self.directory = directory
    }

    public func article(withID id: String) -> Article? {
        articles.first { $0.id == id }
    }
}
