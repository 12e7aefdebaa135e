import DossierCore

/// What the reader knows of the collection: the articles (front matter, loaded first),
/// the articles parsed so far, the timeline once loaded, layouts and reading positions.
struct LibraryState: Sendable {
    var collection: DossierCollection
    /// Parsed articles by id; an article is parsed when first needed.
    var documents: [String: Document] = [:]
    /// The events, once loaded (after the first frame).
    var timeline: Timeline?
    /// Why the timeline could not be loaded, if it could not.
    var timelineProblem: String?
    /// How far the content index's refresh is, while it reads changed files.
    var indexing: IndexingProgress?
    var layouts = LayoutCache()
    /// Where each article was left, remembered between runs.
    var positions: ReadingPositions
    /// Articles prepared for a cursor and selections, by id (built on first use).
    var selectableTexts: [String: SelectableText] = [:]

    init(collection: DossierCollection, positions: ReadingPositions = ReadingPositions()) {
        self.collection = collection
        self.positions = positions
    }

    /// What is still loading in the background, for the status line: "Indexing 412/1000",
    /// then the events until they are loaded.
    var backgroundWork: String? {
        if let indexing { return "Indexing \(indexing.done)/\(indexing.total)" }
        if timeline == nil && timelineProblem == nil { return "Loading the events…" }
        return nil
    }

    func article(_ id: String) -> Article? {
        collection.article(withID: id)
    }

    /// The article's index in reading order.
    func articleIndex(_ id: String) -> Int? {
        collection.articles.firstIndex { $0.id == id }
    }

    /// The layout of `article` at `width` if the article is parsed (cached on first use).
    mutating func layout(article id: String, width: Int) -> LaidOutArticle? {
        guard let article = article(id), let document = documents[id] else { return nil }
        return layouts.layout(article: article, document: document, width: width)
    }

    /// The article prepared for a cursor and selections, built and kept on first use;
    /// `nil` until the article is parsed.
    mutating func selectableText(_ id: String) -> SelectableText? {
        if let known = selectableTexts[id] { return known }
        guard let document = documents[id] else { return nil }
        let text = SelectableText(document: document)
        selectableTexts[id] = text
        return text
    }

    /// The cached layout, or a fresh one when not cached (views are pure and may not cache).
    func peekLayout(article id: String, width: Int) -> LaidOutArticle? {
        if let cached = layouts.layout(article: id, width: width) { return cached }
        guard let article = article(id), let document = documents[id] else { return nil }
        return LaidOutArticle(article: article, document: document, width: width)
    }
}
