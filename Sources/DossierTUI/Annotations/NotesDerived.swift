import DossierCore
import DossierNotes

/// What the panes draw from the notes, computed once per change rather than per frame:
/// the current article's notes (re-anchored, with backlinks), its highlighted passages,
/// and the events that have notes (for the timeline's mark).
public struct NotesDerived: Sendable {
    /// What the values were computed from.
    struct Key: Hashable, Sendable {
        var revision: Int
        var article: String
        var hasTimeline: Bool
    }

    var key: Key?
    /// The current article's notes.
    public var article = ArticleNotes(article: "")
    /// Its annotated passages.
    public var highlights = NoteHighlights([])
    /// Ids (lower-cased) of the events some note links to or is written on a telling of.
    public var notedEvents: Set<String> = []

    public init() {}

    /// The values for `article` from `notes` and `timeline`.
    static func compute(article: String, notes: CollectionNotes?, timeline: Timeline?) -> NotesDerived {
        var derived = NotesDerived()
        guard let notes else { return derived }
        derived.article = ArticleNotes(article: article, notes: notes)
        derived.highlights = NoteHighlights(derived.article.annotations)
        var events = notes.linkedIdentifiers(of: .event)
        if let timeline {
            for annotation in notes.annotations where annotation.anchorStatus != .orphaned {
                guard let range = annotation.selectors.position?.range, !range.isEmpty else { continue }
                let span = TextRange(start: range.lowerBound, end: range.upperBound)
                for telling in timeline.tellings(in: annotation.article, overlapping: span) {
                    events.insert(telling.event.id.lowercased())
                }
            }
        }
        derived.notedEvents = events
        return derived
    }
}
