/// Where placing a jump's target on screen puts it.
public enum ScrollPlacement: Hashable, Sendable {
    /// The target line at the top (a section heading).
    case top
    /// The target line a third of the way down, with context above (a search hit, an event).
    case third
}

/// A jump waiting for its article to be parsed.
public struct PendingJump: Hashable, Sendable {
    public var location: Location
    public var placement: ScrollPlacement
    /// A section to go to instead of `location.offset`, by id (a `[[section:…]]` link):
    /// its offset is known only once the article is parsed.
    public var section: String?

    public init(location: Location, placement: ScrollPlacement, section: String? = nil) {
        self.location = location
        self.placement = placement
        self.section = section
    }
}

/// The reading pane: which article, which line is at the top, where the cursor line is,
/// and the search in this article.
public struct ReadingState: Hashable, Sendable {
    public var articleID: String
    /// The first line shown, into the article's ``LaidOutArticle/lines``.
    public var topLine = 0
    /// The line Enter acts on (a footnote marker on it opens the footnote).
    public var cursorLine = 0
    /// The text width the lines were laid out for.
    public var width = 0
    public var search: ArticleSearch?
    /// A jump to an article not parsed yet.
    public var pendingJump: PendingJump?
    /// Reading, cursor mode or a selection (see ``ReadingMode``).
    public var mode = ReadingMode.reading
    /// Where a mouse press went down in the text: a drag from there selects.
    public var dragAnchor: Int?

    public init(articleID: String) {
        self.articleID = articleID
    }
}
