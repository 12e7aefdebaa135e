/// What an imported file says about itself, and its text as Markdown: the makings of an
/// article file (``ArticleFileText``).
struct ImportedText: Sendable {
    var title: String?
    var authors: [String] = []
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    var published: String?
    var venue: String?
    /// Where the text came from: the page's address, else the file's name.
    var source: String?
    /// The Markdown body (the title not repeated).
    var body: String

    init(title: String? = nil, body: String) {
        self.title = title
        self.body = body
    }
}
