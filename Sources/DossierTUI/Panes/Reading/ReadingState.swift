/// Where placing a jump's target on screen puts it.
enum ScrollPlacement: Hashable, Sendable {
    /// The target line at the top (a section heading).
    case top
    /// The target line a third of the way down, with context above (a search hit, an event).
    case third
}

/// A jump waiting for its article to be parsed.
struct PendingJump: Hashable, Sendable {
    var location: Location
    var placement: ScrollPlacement
    /// A section to go to instead of `location.offset`, by id (a `[[section:…]]` link):
    /// its offset is known only once the article is parsed.
    var section: String?

    init(location: Location, placement: ScrollPlacement, section: String? = nil) {
        self.location = location
        self.placement = placement
        self.section = section
    }
}

/// The reading pane: which article, which line is at the top, where the cursor line is,
/// and the search in this article.
struct ReadingState: Hashable, Sendable {
    var articleID: String
    /// The first line shown, into the article's ``LaidOutArticle/lines``.
    var topLine = 0
    /// The line Enter acts on (a footnote marker on it opens the footnote).
    var cursorLine = 0
    /// The text width the lines were laid out for.
    var width = 0
    var search: ArticleSearch?
    /// A jump to an article not parsed yet.
    var pendingJump: PendingJump?
    /// Reading, cursor mode or a selection (see ``ReadingMode``).
    var mode = ReadingMode.reading
    /// Where a mouse press went down in the text: a drag from there selects.
    var dragAnchor: Int?

    init(articleID: String) {
        self.articleID = articleID
    }
}
