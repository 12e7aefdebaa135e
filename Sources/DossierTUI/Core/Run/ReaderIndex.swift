import DossierCore
import DossierIndex

/// The content index as the reader uses it: brought up to date once, then searched. Every
/// answer is an ``AppEvent`` handed to `post`; the state is never touched here. Used from one
/// thread at a time (``IndexWorker``'s queue, or the test's).
final class ReaderIndex: @unchecked Sendable {
    private var index: ContentIndex
    /// The collection as of the last refresh: the order hits are given in.
    private var collection: IndexedCollection?
    private var problem: String?

    init(index: ContentIndex) {
        self.index = index
    }

    /// Brings the index up to date with the files, telling how many changed files are read.
    /// An index that fails (a corrupt page) is replaced by one in memory for this run.
    func refresh(post: (AppEvent) -> Void) {
        let progress = { (done: Int, total: Int) in post(.indexProgress(done: done, total: total)) }
        do {
            collection = try index.refresh(progress: progress)
            post(.indexRefreshed(problem: nil))
            return
        } catch {
            problem = "The content index failed (\(error)); it is kept in memory for this run"
        }
        let memory = ContentIndex.inMemory(directory: index.directory)
        do {
            collection = try memory.refresh(progress: progress)
            index = memory
        } catch {
            problem = "The collection cannot be indexed (\(error)); searching all articles is off"
        }
        post(.indexRefreshed(problem: problem))
    }

    /// Searches the collection for `text`, posting hits in batches while `isCurrent()` (a
    /// newer search cancels this one), and an empty last batch when done.
    func search(_ text: String, generation: Int, isCurrent: () -> Bool, post: (AppEvent) -> Void) {
        // Replaced while it waited behind the refresh or another search: nothing to do.
        guard isCurrent() else { return }
        if collection == nil && problem == nil { refresh(post: post) }
        func batch(_ hits: [SearchHit], isLast: Bool, failure: String? = nil) -> AppEvent {
            .collectionSearchFound(CollectionSearchBatch(generation: generation, query: text, hits: hits, isLast: isLast,
                                                         failure: failure))
        }
        guard let collection else {
            post(batch([], isLast: true, failure: problem))
            return
        }
        guard let query = SearchQuery(text) else {
            post(batch([], isLast: true))
            return
        }
        do {
            try index.search(query, in: collection) { hits in
                guard isCurrent() else { return false }
                if !hits.isEmpty { post(batch(hits, isLast: false)) }
                return true
            }
        } catch {
            post(batch([], isLast: true, failure: "The search failed: \(error)"))
            return
        }
        if isCurrent() { post(batch([], isLast: true)) }
    }
}
