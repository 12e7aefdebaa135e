@testable import DossierCore
import Testing
@testable import DossierTUI

/// `s` in the background: each query has a generation, hits arrive in batches from the
/// content index and are drawn as they come, and a late batch of a replaced query — or
/// one arriving after the user moved on — never opens anything.
@Suite("Reader: collection search generations")
struct CollectionSearchGenerationTests {
    /// Types `s`, the query and Enter through the reducer alone (nothing is performed);
    /// returns the generation the search effect asked for.
    private func submit(_ query: String, on state: inout AppState) throws -> Int {
        var effects: [Effect] = []
        let keys = [Key.character("s")] + query.map { Key.character($0) } + [.enter]
        for key in keys {
            let (next, asked) = AppReducer.update(state, .input(.key(key)))
            state = next
            effects += asked
        }
        let generations = effects.compactMap { effect -> Int? in
            if case .searchCollection(query, let generation) = effect { return generation }
            return nil
        }
        return try #require(generations.first)
    }

    private func deliver(_ events: [AppEvent], to state: inout AppState) {
        for event in events { state = AppReducer.update(state, event).0 }
    }

    /// The real hits of `query` on the bundled collection, one batch per article, then the last (empty) batch.
    private func batchesByArticle(_ query: String, generation: Int) -> [CollectionSearchBatch] {
        let hits = ReaderFixture.searchEvents(query, generation: generation).flatMap { event -> [SearchHit] in
            if case .collectionSearchFound(let batch) = event { return batch.hits }
            return []
        }
        var batches: [CollectionSearchBatch] = []
        for hit in hits {
            if batches.last?.hits.first?.article == hit.article {
                batches[batches.count - 1].hits.append(hit)
            } else {
                batches.append(CollectionSearchBatch(generation: generation, query: query, hits: [hit], isLast: false))
            }
        }
        return batches + [CollectionSearchBatch(generation: generation, query: query, hits: [], isLast: true)]
    }

    private func results(_ state: AppState) -> CollectionSearchResults? {
        if case .searchResults(let results)? = state.overlay { return results }
        return nil
    }

    @Test func aNewQueryDropsTheLateResultsOfTheOldOne() throws {
        var state = ReaderFixture.state()
        let first = try submit("Tashkent", on: &state)
        let second = try submit("Soviet", on: &state)
        #expect(second == first + 1)
        #expect(state.message == "Searching all articles for Soviet…")
        deliver(ReaderFixture.searchEvents("Tashkent", generation: first), to: &state)
        #expect(state.overlay == nil)
        #expect(state.message == "Searching all articles for Soviet…")
        deliver(ReaderFixture.searchEvents("Soviet", generation: second), to: &state)
        let shown = try #require(results(state))
        #expect(shown.query == "Soviet")
        #expect(shown.isComplete)
        #expect(!shown.hits.isEmpty)
        // A batch of the old query arriving even later changes nothing.
        deliver(ReaderFixture.searchEvents("Tashkent", generation: first), to: &state)
        #expect(results(state) == shown)
    }

    @Test func resultsAreDrawnAsTheyComeAndCompletedByTheLastBatch() throws {
        var state = ReaderFixture.state()
        let generation = try submit("Tashkent", on: &state)
        let batches = batchesByArticle("Tashkent", generation: generation)
        #expect(batches.count >= 3)
        deliver([.collectionSearchFound(batches[0])], to: &state)
        var shown = try #require(results(state))
        #expect(!shown.isComplete)
        #expect(shown.hits == batches[0].hits)
        #expect(ReaderFixture.render(state).text.contains("“Tashkent” in all articles: \(batches[0].hits.count) passage"))
        #expect(ReaderFixture.render(state).text.contains("so far, searching…"))
        // The user moves the selection while more hits arrive: it stays where it was put.
        deliver([.input(.key(.character("j")))], to: &state)
        let cursor = try #require(results(state)).cursor
        deliver(batches.dropFirst().map { .collectionSearchFound($0) }, to: &state)
        shown = try #require(results(state))
        #expect(shown.isComplete)
        #expect(shown.cursor == cursor)
        #expect(shown.hits == batches.flatMap(\.hits))
        #expect(!ReaderFixture.render(state).text.contains("searching…"))
    }

    @Test func aLateResultNeverOpensOverAnotherPopup() throws {
        var state = ReaderFixture.state()
        let generation = try submit("Tashkent", on: &state)
        deliver([.input(.key(.character("?")))], to: &state)
        guard case .help? = state.overlay else {
            Issue.record("help did not open")
            return
        }
        deliver(ReaderFixture.searchEvents("Tashkent", generation: generation), to: &state)
        guard case .help? = state.overlay else {
            Issue.record("the search results opened over help")
            return
        }
        // Closing help does not bring them back either: the user moved on.
        deliver([.input(.key(.escape))], to: &state)
        deliver(batchesByArticle("Tashkent", generation: generation).map { .collectionSearchFound($0) }, to: &state)
        #expect(state.overlay == nil)
    }

    @Test func closingTheResultsWhileHitsArriveKeepsThemClosed() throws {
        var state = ReaderFixture.state()
        let generation = try submit("Tashkent", on: &state)
        let batches = batchesByArticle("Tashkent", generation: generation)
        deliver([.collectionSearchFound(batches[0])], to: &state)
        #expect(results(state) != nil)
        deliver([.input(.key(.escape))], to: &state)
        deliver(batches.dropFirst().map { .collectionSearchFound($0) }, to: &state)
        #expect(state.overlay == nil)
    }

    @Test func nothingFoundIsSaidWhenTheLastBatchArrives() throws {
        var state = ReaderFixture.state()
        let generation = try submit("zzzzqqq", on: &state)
        deliver(ReaderFixture.searchEvents("zzzzqqq", generation: generation), to: &state)
        #expect(state.overlay == nil)
        #expect(state.message == "No article mentions zzzzqqq")
    }
}
