import DossierCore
import GRDB

extension ContentIndex {
    /// The hits of `query` in `collection` (as returned by ``refresh()``), in reading order: the
    /// FTS table finds the blocks that may match, ``TextSearch`` confirms each one and places the
    /// matches exactly as a search of the parsed article would.
    public func search(_ query: SearchQuery, in collection: IndexedCollection, article: String? = nil) throws -> [SearchHit] {
        var hits: [SearchHit] = []
        try search(query, in: collection, article: article) { batch in
            hits += batch
            return true
        }
        return hits
    }

    /// The same hits, handed to `found` as they are confirmed, in reading order, a batch of
    /// candidate blocks at a time — a reader draws the first ones while the rest are checked.
    /// Stops when `found` returns false (the search was cancelled).
    public func search(_ query: SearchQuery, in collection: IndexedCollection, article: String? = nil, batchSize: Int = 256,
                       found: ([SearchHit]) -> Bool) throws {
        let order = Dictionary(collection.articles.enumerated().map { ($1.id + ".md", $0) }) { first, _ in first }
        var sql = """
            SELECT block.file, block.position, block.section_id, block.section_title, block.start, block.text
            FROM block_words JOIN block ON block.id = block_words.rowid
            WHERE block_words MATCH ?
            """
        var arguments: StatementArguments = [Self.matchExpression(query)]
        if let article {
            sql += " AND block.file = ?"
            arguments += [article + ".md"]
        }
        let candidates = try database.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row -> (Int, Row)? in
                order[row["file"]].map { ($0, row) }
            }
        }.sorted { ($0.0, $0.1["position"] as Int) < ($1.0, $1.1["position"] as Int) }
        for batchStart in stride(from: 0, to: candidates.count, by: batchSize) {
            let hits = candidates[batchStart..<min(batchStart + batchSize, candidates.count)].compactMap { articleIndex, row in
                TextSearch.hit(query, inBlock: row["text"], startingAt: row["start"],
                               article: collection.articles[articleIndex].id, block: row["position"],
                               sectionID: row["section_id"], sectionTitle: row["section_title"])
            }
            guard found(hits) else { return }
        }
    }

    /// The FTS5 expression that finds every block where ``SearchTerm`` can match: for each term
    /// its words as a phrase, or the words run together as one word or as a hyphenated run.
    static func matchExpression(_ query: SearchQuery) -> String {
        query.searchTerms.map { term in
            // The words hold letters and digits only, so quoting them needs no escaping.
            let prefix = term.isPrefix ? " *" : ""
            var alternatives = ["words : \"\(term.words.joined(separator: " "))\"\(prefix)"]
            if term.words.count > 1 { alternatives.append("words : \"\(term.joined)\"\(prefix)") }
            alternatives.append("joined : \"\(term.joined)\"\(prefix)")
            return "(" + alternatives.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }
}
