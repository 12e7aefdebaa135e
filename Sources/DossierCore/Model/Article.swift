/// One article of a collection: its metadata and its Markdown body, parsed on demand.
///
/// Loading a collection reads every file and its front matter but parses no body: the first
/// screen needs one article, not five.
public struct Article: Sendable {
    public var metadata: ArticleMetadata
    /// The Markdown body after the front matter.
    public var body: String
    /// The line of the file the body starts on.
    var bodyFirstLine: Int
    /// The file path used in diagnostics.
    public var file: String
    /// True when only the front matter was read (``ArticleHeadReader``, the content index):
    /// `body` is empty and ``read()`` reads the file when the article is first needed.
    public var bodyIsOmitted = false

    public init(metadata: ArticleMetadata, body: String, bodyFirstLine: Int, file: String) {
        self.metadata = metadata
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.file = file
    }

    public var id: String { metadata.id }

    /// Parses the body; the diagnostics name `file` and its lines. An article whose body was
    /// omitted is read from its file now, so what is parsed is the file as it is now.
    public func read() -> MarkdownReader.Result {
        guard bodyIsOmitted else { return MarkdownReader.read(body, file: file, firstLine: bodyFirstLine) }
        let (whole, problems) = CollectionLoader.readArticle(path: file, id: id)
        guard let whole else { return MarkdownReader.Result(document: MarkdownReader.read("").document, diagnostics: problems) }
        return whole.read()
    }

    /// The article with its body: itself, or — when the body was omitted — as its file reads
    /// now (itself still when the file can no longer be read).
    func withBody() -> Article {
        guard bodyIsOmitted, let whole = CollectionLoader.readArticle(path: file, id: id).0 else { return self }
        return whole
    }
}
