import DossierCore

/// Does the work effects ask for: parsing articles, loading the timeline, saving reading
/// positions. Each result is an ``AppEvent`` for the reducer.
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

    func save(_ positions: ReadingPositions) {
        // Losing a reading position is not worth interrupting the reader for.
        try? store.save(positions)
    }
}
