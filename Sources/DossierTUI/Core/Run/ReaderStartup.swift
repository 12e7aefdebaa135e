import DossierCore

/// The first state: the collection's front matter is loaded, one article — the one read
/// last, else the first — is parsed and positioned where it was left. Nothing else is
/// parsed or opened before the first frame; the content index's refresh
/// (``Effect/refreshIndex``), the timeline (``Effect/loadTimeline``) and the notes
/// (``Effect/loadNotes(article:)``, which re-anchors that article's) follow.
enum ReaderStartup {
    /// The state to draw first, and the effects to run once it is on screen.
    ///
    /// - Parameter notes: whether there is a notes database (else the notes pane says
    ///   notes are off).
    static func initialState(collection: DossierCollection, positions: ReadingPositions, size: Size,
                                    notes: Bool = true) -> (AppState, [Effect]) {
        let library = LibraryState(collection: collection, positions: positions)
        let articleID = positions.lastArticle.flatMap { collection.article(withID: $0)?.id } ?? collection.articles.first?.id ?? ""
        var state = AppState(library: library, articleID: articleID, size: size)
        if let article = collection.article(withID: articleID) {
            state.library.documents[articleID] = article.read().document
            var effects: [Effect] = []
            Navigator.go(to: Location(article: articleID, offset: positions.offsets[articleID] ?? 0), placement: .top,
                         state: &state, effects: &effects)
        }
        let failed = collection.failedArticles.count
        if failed > 0 {
            state.message = "\(failed) \(failed == 1 ? "article" : "articles") could not be read — dossier check"
        }
        state.annotations = AnnotationsState(availability: notes ? .loading : .unavailable("no notes database was given"))
        StateNormalizer.normalize(&state)
        return (state, [.refreshIndex, .loadTimeline] + (notes ? [.loadNotes(article: articleID)] : []))
    }
}
