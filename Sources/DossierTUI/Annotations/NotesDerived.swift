import DossierCore
import DossierNotes

/// What the panes draw from the notes, computed once per change rather than per frame:
/// the current article's notes (re-anchored, with backlinks), its highlighted passages,
/// and the events that have notes (for the timeline's mark).
struct NotesDerived: Sendable {
    /// What the values were computed from.
    struct Key: Hashable, Sendable {
        var revision: Int
        var article: String
    }

    var key: Key?
    /// The current article's notes (none while they are being read).
    var article = ArticleNotes(article: "")
    /// Its annotated passages.
    var highlights = NoteHighlights([])
    /// Ids (lower-cased) of the events some note links to or is written on a telling of.
    var notedEvents: Set<String> = []

    init() {}

    /// The values for `article` from `notes`.
    static func compute(article: String, notes: CollectionNotes?) -> NotesDerived {
        var derived = NotesDerived()
        guard let notes else { return derived }
        if notes.article.article == article {
            derived.article = notes.article
            derived.highlights = NoteHighlights(notes.article.annotations)
        }
        derived.notedEvents = notes.notedEvents
        return derived
    }
}
