import DossierNotes
import Foundation

/// The reader's notes: whether the database can be used, what was last read of the
/// collection's notes (the article shown's, and counts over all), the notes the open
/// popup lists, which articles' anchors were refreshed against their current text, and
/// the deletions that `u` can undo and Ctrl-R redo.
///
/// The database itself lives in the run loop; the reducer only sees values read from
/// it and asks for changes with effects.
struct AnnotationsState: Sendable {
    var availability: NotesAvailability = .loading
    /// The article shown's notes and the collection's counts (``CollectionNotes``).
    var collection: CollectionNotes?
    /// Bumped whenever `collection` or `about` changes, so that cached views of them are rebuilt.
    var revision = 0
    /// The notes listed by the popups opened since the notes last changed, by subject.
    var about: [NotesSubject: [Annotation]] = [:]
    /// The subjects asked of the database since the notes last changed (asked once each).
    var asked: Set<NotesSubject> = []
    /// Articles whose notes were re-anchored to their text in this run.
    var reanchored: Set<String> = []
    /// Deleted notes, the most recent last: `u` stores the last one again.
    var undo: [Annotation] = []
    /// Notes `u` restored, the most recent last: Ctrl-R deletes the last one again. A
    /// new change to the notes ends what can be redone.
    var redo: [Annotation] = []
    /// The note Ctrl-R is deleting again, until the database answers.
    var redoing: UUID?
    /// A note to bring into view once its article's anchors are fresh (a link followed
    /// to a note of an article not opened yet).
    var reveal: UUID?
    /// What the reading, notes and timeline panes draw, for the current article.
    var derived = NotesDerived()

    init(availability: NotesAvailability = .loading) {
        self.availability = availability
    }

    /// Whether notes can be shown and changed.
    var isReady: Bool { availability == .ready }

    /// The note with `id`: one of the article shown, or of a list a popup shows.
    func annotation(_ id: UUID) -> Annotation? {
        collection?.article.annotations.first { $0.id == id }
            ?? about.values.lazy.compactMap { $0.first { $0.id == id } }.first
    }

    /// The notes about `subject` as last read (none until they are).
    func notes(about subject: NotesSubject) -> [Annotation] {
        about[subject] ?? []
    }
}
