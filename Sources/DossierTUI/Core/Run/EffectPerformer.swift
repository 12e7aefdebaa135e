import DossierCore

/// Does the work effects ask for: parsing articles, loading the timeline, searching the
/// collection, saving reading positions. Each result is an ``AppEvent`` for the reducer.
struct EffectPerformer: Sendable {
    let store: ReadingPositionStore

    /// Parses one article.
    static func loadArticle(_ id: String, library: LibraryState) -> AppEvent? {
        guard let article = library.article(id) else { return nil }
        return .articleLoaded(id: id, document: article.read().document)
    }

    /// Loads entities and events, parsing the articles not parsed yet.
    static func loadTimeline(collection: DossierCollection, documents: [String: Document]) -> AppEvent {
        let result = TimelineLoader.load(collection: collection, documents: documents)
        let errors = result.errors.count
        let problem = errors == 0 ? nil : "\(Count.phrase(errors, "problem")) in the events; run dossier check"
        return .timelineLoaded(result.timeline, documents: result.documents, problem: problem)
    }

    /// Searches every article (parsing those not parsed yet), hits in reading order.
    static func searchCollection(_ text: String, library: LibraryState) -> AppEvent {
        guard let query = SearchQuery(text) else {
            return .collectionSearched(query: text, hits: [], documents: [:])
        }
        var parsed: [String: Document] = [:]
        var hits: [SearchHit] = []
        for article in library.collection.articles {
            let document: Document
            if let known = library.documents[article.id] {
                document = known
            } else {
                document = article.read().document
                parsed[article.id] = document
            }
            hits += TextSearch.search(query, in: document, article: article.id)
        }
        return .collectionSearched(query: text, hits: hits, documents: parsed)
    }

    func save(_ positions: ReadingPositions) {
        // Losing a reading position is not worth interrupting the reader for.
        try? store.save(positions)
    }
}
