import DossierCore

/// One row of the collection search's results: an article heading or a hit.
enum SearchResultRow: Hashable, Sendable {
    /// An article and how many hits it has.
    case article(id: String, count: Int)
    /// A hit, by index into the results' hits.
    case hit(Int)
}

/// The hits of a collection search grouped by article (in reading order).
enum SearchResultRows {
    static func rows(for hits: [SearchHit]) -> [SearchResultRow] {
        var rows: [SearchResultRow] = []
        var index = 0
        while index < hits.count {
            let article = hits[index].article
            var end = index
            while end < hits.count && hits[end].article == article { end += 1 }
            rows.append(.article(id: article, count: end - index))
            for hit in index..<end { rows.append(.hit(hit)) }
            index = end
        }
        return rows
    }

    /// The row of hit `hit`.
    static func row(ofHit hit: Int, in rows: [SearchResultRow]) -> Int {
        rows.firstIndex(of: .hit(hit)) ?? 0
    }
}
