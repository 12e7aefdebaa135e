import Foundation

/// A one-line prompt being typed in the status line.
struct PromptState: Hashable, Sendable {
    /// What the prompt is for.
    enum Kind: Hashable, Sendable {
        /// `/`: search the article being read.
        case articleSearch
        /// `s`: search every article.
        case collectionSearch
        /// `#`: the tags of the note `id`, space-separated.
        case tags(id: UUID)
        /// `/` in the timeline: search the events' titles, summaries and dates.
        case timelineSearch
        /// `Y` in the timeline: the year to go to.
        case year
    }

    var kind: Kind
    var text = ""
    /// While Up and Down walk the search history: the query shown, as an index into
    /// ``SearchHistory/queries`` (`nil`: the text being typed).
    var historyIndex: Int?
    /// What was typed before Up: Down past the newest query brings it back.
    var draft = ""

    init(kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }

    /// What the status line shows before the typed text.
    var label: String {
        switch kind {
        case .articleSearch: return "/"
        case .collectionSearch: return "Search all articles: "
        case .tags: return "Tags (space-separated): "
        case .timelineSearch: return "Search events: "
        case .year: return "Go to year: "
        }
    }
}
