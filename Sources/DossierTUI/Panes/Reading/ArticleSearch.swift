/// A search in the article being read (`/`): the query, every match in it and the
/// match last jumped to (shown brighter than the others).
struct ArticleSearch: Hashable, Sendable {
    var query: String
    /// Every match of every term, as plain-text ranges, in text order.
    var hits: [Range<Int>]
    /// Index into `hits` of the current match.
    var current: Int?
    /// The article `hits` were found in (`nil`: not searched yet; the hits are found
    /// again whenever another article is shown).
    var article: String?

    init(query: String, hits: [Range<Int>], current: Int? = nil, article: String? = nil) {
        self.query = query
        self.hits = hits
        self.current = current
        self.article = article
    }
}
