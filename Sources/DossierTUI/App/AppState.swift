import DossierCore

/// Everything the reader shows, as one value: the views are functions of it and only
/// ``AppReducer/update(_:_:)`` changes it. Each pane has its own sub-state.
struct AppState: Sendable {
    var library: LibraryState
    var reading: ReadingState
    var browser = BrowserState()
    var timelinePane = TimelinePaneState()
    /// The notes pane's selection and scroll.
    var notes = NotesPaneState()
    /// The notes themselves, as read from the database.
    var annotations = AnnotationsState()
    var overlay: Overlay?
    /// The open event card's lines, built once per change (see ``EventCardCache``).
    var eventCardCache = EventCardCache()
    var prompt: PromptState?
    /// The collection search asked for last, and whether its results are still awaited.
    var collectionSearch = CollectionSearchState()
    var history = NavigationHistory()
    /// A count or a mark's `m` / `'` waiting for the next key.
    var pendingKeys = PendingKeys()
    /// The terminal's size.
    var size: Size
    /// The side pane unfolded on a narrow screen (`nil`: none).
    var openSidePane: Pane?
    var focus: Pane = .reading
    /// A one-off message for the status line, cleared by the next key.
    var message: String?
    /// Set when the user quits; the run loop stops after performing the effects.
    var isQuitting = false

    init(library: LibraryState, articleID: String, size: Size) {
        self.library = library
        self.reading = ReadingState(articleID: articleID)
        self.size = size
        browser.expanded = [articleID]
    }

    /// Where the panes are for the current size.
    var screenLayout: ScreenLayout {
        ScreenLayout(size: size, openSidePane: openSidePane)
    }

    /// The article being read.
    var article: Article? { library.article(reading.articleID) }

    /// The parsed article being read, once parsed.
    var document: Document? { library.documents[reading.articleID] }
}
