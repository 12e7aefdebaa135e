/// `s`: a collection search is asked for with a new generation, and its hits, arriving in
/// batches from the background, are drawn as they come. Only the newest generation counts:
/// a late batch of a replaced query never opens over what the user moved on to.
enum CollectionSearchReducer {
    static func start(_ query: String, state: inout AppState, effects: inout [Effect]) {
        state.collectionSearch.generation += 1
        state.collectionSearch.awaited = query
        state.message = "Searching all articles for \(query)…"
        effects.append(.searchCollection(query: query, generation: state.collectionSearch.generation))
    }

    static func found(_ batch: CollectionSearchBatch, state: inout AppState) {
        guard batch.generation == state.collectionSearch.generation else { return }
        if case .searchResults(var results)? = state.overlay, results.generation == batch.generation {
            results.hits += batch.hits
            results.isComplete = batch.isLast
            state.overlay = .searchResults(results)
            return
        }
        // The results were closed, or another popup took their place: the user moved on.
        guard state.collectionSearch.awaited != nil else { return }
        if let failure = batch.failure {
            state.collectionSearch.awaited = nil
            state.message = failure
        } else if !batch.hits.isEmpty {
            state.collectionSearch.awaited = nil
            guard state.overlay == nil && state.prompt == nil else { return }
            state.message = nil
            state.overlay = .searchResults(CollectionSearchResults(query: batch.query, hits: batch.hits,
                                                                   generation: batch.generation, isComplete: batch.isLast))
        } else if batch.isLast {
            state.collectionSearch.awaited = nil
            state.message = "No article mentions \(batch.query)"
        }
    }
}
