import DossierCore

/// A popup over the panes; only one at a time.
public enum Overlay: Hashable, Sendable {
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
}

/// A footnote shown in a popup.
public struct FootnotePopup: Hashable, Sendable {
    public var article: String
    public var label: String
    public var top = 0

    public init(article: String, label: String) {
        self.article = article
        self.label = label
    }
}

/// The hits of a collection-wide search.
public struct CollectionSearchResults: Hashable, Sendable {
    public var query: String
    public var hits: [SearchHit]
    public var cursor = ListCursor()

    public init(query: String, hits: [SearchHit]) {
        self.query = query
        self.hits = hits
    }
}

/// Events related to one event.
public struct RelatedList: Hashable, Sendable {
    public var eventID: String
    public var items: [RelatedEvent]
    public var cursor = ListCursor()

    public init(eventID: String, items: [RelatedEvent]) {
        self.eventID = eventID
        self.items = items
    }
}

/// One way to filter the timeline.
public enum FilterOption: Hashable, Sendable {
    case tag(String, count: Int)
    case entity(id: String, name: String, count: Int)
}

/// The list of filters to choose from.
public struct FilterPicker: Hashable, Sendable {
    public var options: [FilterOption]
    public var cursor = ListCursor()

    public init(options: [FilterOption]) {
        self.options = options
    }
}
