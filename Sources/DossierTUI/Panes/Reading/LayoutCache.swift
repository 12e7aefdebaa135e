import DossierCore

/// Laid-out articles by (article, width), so that switching back to an article or
/// width does not lay it out again. Keeps the most recent few.
struct LayoutCache: Sendable {
    struct Key: Hashable, Sendable {
        var article: String
        var width: Int
    }

    private var entries: [Key: LaidOutArticle] = [:]
    private var order: [Key] = []
    /// How many layouts are kept.
    static let capacity = 8

    init() {}

    /// The cached layout, if any.
    func layout(article: String, width: Int) -> LaidOutArticle? {
        entries[Key(article: article, width: width)]
    }

    /// The layout of `article` at `width`, laid out and cached on first use.
    mutating func layout(article: Article, document: Document, width: Int) -> LaidOutArticle {
        let key = Key(article: article.id, width: width)
        if let cached = entries[key] { return cached }
        let laidOut = LaidOutArticle(article: article, document: document, width: width)
        entries[key] = laidOut
        order.append(key)
        if order.count > Self.capacity {
            entries[order.removeFirst()] = nil
        }
        return laidOut
    }
}
