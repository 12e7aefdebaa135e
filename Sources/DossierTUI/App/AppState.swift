import DossierCore

/// Everything the reader shows, as one value: the views are functions of it and only
/// ``AppReducer/update(_:_:)`` changes it. Each pane has its own sub-state.
public struct AppState: Sendable {
    public var library: LibraryState
    public var reading: ReadingState
    public var browser = BrowserState()
    public var timelinePane = TimelinePaneState()
    /// The notes pane's selection and scroll.
    public var notes = NotesPaneState()
    /// The notes themselves, as read from the database.
    public var annotations = AnnotationsState()
    public var overlay: Overlay?
    /// The open event card's lines, built once per change (see ``EventCardCache``).
    var eventCardCache = EventCardCache()
    public var prompt: PromptState?
    /// The collection search asked for last, and whether its results are still awaited.
    public var collectionSearch = CollectionSearchState()
    public var history = NavigationHistory()
    /// A count or a mark's `m` / `'` waiting for the next key.
    var pendingKeys = PendingKeys()
    /// The terminal's size.
    public var size: Size
    /// The side pane unfolded on a narrow screen (`nil`: none).
    public var openSidePane: Pane?
    public var focus: Pane = .reading
    /// A one-off message for the status line, cleared by the next key.
    public var message: String?
    /// Set when the user quits; the run loop stops after performing the effects.
    public var isQuitting = false

    public init(library: LibraryState, articleID: String, size: Size) {
        self.library = library
        self.reading = ReadingState(articleID: articleID)
        self.size = size
        browser.expanded = [articleID]
    }

    /// Where the panes are for the current size.
    public var screenLayout: ScreenLayout {
        ScreenLayout(size: size, openSidePane: openSidePane)
    }

    /// The article being read.
    public var article: Article? { library.article(reading.articleID) }

    /// The parsed article being read, once parsed.
    public var document: Document? { library.documents[reading.articleID] }
}
