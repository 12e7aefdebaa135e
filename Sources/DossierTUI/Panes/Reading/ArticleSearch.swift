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

    /// The indices of the hits overlapping `range`, in order; `longest`: the length of the
    /// longest hit. Hits are in text order, so only those starting less than `longest`
    /// before `range` can reach into it: found by binary search, not by a scan of every hit
    /// for every line drawn.
    func hits(overlapping range: Range<Int>, longest: Int) -> [Int] {
        let first = firstHit(startingAtOrAfter: range.lowerBound - longest + 1)
        var result: [Int] = []
        var index = first
        while index < hits.count && hits[index].lowerBound < range.upperBound {
            if hits[index].overlaps(range) { result.append(index) }
            index += 1
        }
        return result
    }

    /// The first hit starting at or after `offset` (hits are in text order).
    private func firstHit(startingAtOrAfter offset: Int) -> Int {
        var low = 0
        var high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if hits[middle].lowerBound < offset {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
