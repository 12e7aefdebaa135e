import DossierCore
import DossierNotes

/// A popup over the panes; only one at a time.
enum Overlay: Hashable, Sendable {
    /// `?`: every key, generated from the key table.
    case help(top: Int)
    /// A footnote opened from its marker.
    case footnote(FootnotePopup)
    /// `s`: the collection-wide search's hits by article and section.
    case searchResults(CollectionSearchResults)
    /// `r`: the events related to the selected event.
    case related(RelatedList)
    /// `f`: the entities and tags the timeline can be filtered by.
    case filter(FilterPicker)
    /// `a`: the note editor (it takes every key; see ``NoteEditorState``).
    case noteEditor(NoteEditorState)
    /// `l` on a note with several links: the links to choose from.
    case links(LinkList)
    /// `e`, `!`, an `[[event:…]]` link: one event's card.
    case eventCard(EventCard)
    /// `e` on a line telling several events: which card to open.
    case eventChoice(EventChoice)
    /// `A`: every note of the collection, filtered as one types (it takes typed text).
    case notesBrowser(NotesBrowser)
    /// `M`: the marks.
    case marks(MarkList)
    /// `s` in the card, Enter on a conflict: two tellings side by side.
    case sideBySide(SideBySide)
    /// Enter on an entity in `f`, an `[[entity:…]]` link, `i` on a name: the entity's page.
    case entityPage(EntityPage)
}

/// A footnote shown in a popup.
struct FootnotePopup: Hashable, Sendable {
    var article: String
    var label: String
    var top = 0

    init(article: String, label: String) {
        self.article = article
        self.label = label
    }
}

/// The hits of a collection-wide search.
struct CollectionSearchResults: Hashable, Sendable {
    var query: String
    var hits: [SearchHit]
    /// The selected hit, into ``shownHits``.
    var cursor = ListCursor()
    var filter = ListFilter()
    /// The search these hits answer (``CollectionSearchState``); later batches of the same
    /// generation are appended.
    var generation: Int
    /// False while more hits may still come.
    var isComplete: Bool

    init(query: String, hits: [SearchHit], generation: Int = 0, isComplete: Bool = true) {
        self.query = query
        self.hits = hits
        self.generation = generation
        self.isComplete = isComplete
    }

    /// The hits the typed filter keeps. Read on every frame and key while the popup is open:
    /// with nothing typed it is `hits` itself, not a label made and a copy of every hit (a
    /// common word's 25,734 hits cost 880 ms of CPU to draw as they came).
    var shownHits: [SearchHit] {
        guard !filter.keepsEveryRow else { return hits }
        return filter.indices(matching: hits.map(ListPopupRows.label(of:))).map { hits[$0] }
    }
}

/// Events related to one event, after the notes about it: those linking to it
/// (`[[event:id]]`) and those written on its tellings.
struct RelatedList: Hashable, Sendable {
    /// One row: a note or a related event.
    enum Row: Hashable, Sendable {
        case note(Annotation)
        case event(RelatedEvent)
    }

    var eventID: String
    var items: [RelatedEvent]
    /// The notes about the event, in document order.
    var notes: [Annotation]
    /// How many notes link to the event ("2 notes link here").
    var linkingCount: Int
    /// The selected row, among those the filter keeps.
    var cursor = ListCursor()
    var filter = ListFilter()

    init(eventID: String, items: [RelatedEvent], notes: [Annotation] = [], linkingCount: Int = 0) {
        self.eventID = eventID
        self.items = items
        self.notes = notes
        self.linkingCount = linkingCount
    }

    /// The notes, then the related events.
    var rows: [Row] { notes.map(Row.note) + items.map(Row.event) }
}

/// One way to filter the timeline.
enum FilterOption: Hashable, Sendable {
    case tag(String, count: Int)
    case entity(id: String, name: String, count: Int)
}

/// The list of filters to choose from.
struct FilterPicker: Hashable, Sendable {
    var options: [FilterOption]
    /// The selected row, among those the filter keeps.
    var cursor = ListCursor()
    var filter = ListFilter()

    init(options: [FilterOption]) {
        self.options = options
    }
}
