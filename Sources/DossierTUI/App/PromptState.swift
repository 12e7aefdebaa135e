/// A one-line prompt being typed in the status line.
public struct PromptState: Hashable, Sendable {
    /// What the prompt is for.
    public enum Kind: Hashable, Sendable {
        /// `/`: search the article being read.
        case articleSearch
        /// `s`: search every article.
        case collectionSearch
        /// `/` in the timeline: search the events' titles, summaries and dates.
        case timelineSearch
        /// `Y` in the timeline: the year to go to.
        case year
    }

    public var kind: Kind
    public var text = ""

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }

    /// What the status line shows before the typed text.
    public var label: String {
        switch kind {
        case .articleSearch: return "/"
        case .collectionSearch: return "Search all articles: "
        case .timelineSearch: return "Search events: "
        case .year: return "Go to year: "
        }
    }
}
