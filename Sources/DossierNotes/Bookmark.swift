import Foundation

/// A named place in an article.
public struct Bookmark: Identifiable, Hashable, Sendable, Codable {
    /// Stable identity.
    public var id: UUID
    /// The collection of the article.
    public var collection: String
    /// The article id.
    public var article: String
    /// A Unicode-scalar offset into the article's plain text.
    public var offset: Int
    /// A label shown in lists; may be empty.
    public var label: String
    /// When it was made.
    public var created: Date

    /// Creates a bookmark.
    public init(
        id: UUID = UUID(), collection: String, article: String, offset: Int, label: String = "",
        created: Date = Date()
    ) {
        self.id = id
        self.collection = collection
        self.article = article
        self.offset = max(0, offset)
        self.label = label
        self.created = created.millisecondPrecision
    }
}
