import DossierNotes
import Foundation

/// The reader's notes: whether the database can be used, what was last read of the
/// collection's notes (the article shown's, and counts over all), the notes the open
/// popup lists, which articles' anchors were refreshed against their current text, and
/// the deletions that `u` can undo and Ctrl-R redo.
///
/// The database itself lives in the run loop; the reducer only sees values read from
/// it and asks for changes with effects.
public struct AnnotationsState: Sendable {
    public var availability: NotesAvailability = .loading
    /// The article shown's notes and the collection's counts (``CollectionNotes``).
    public var collection: CollectionNotes?
    /// Bumped whenever `collection` or `about` changes, so that cached views of them are rebuilt.
    public var revision = 0
    /// The notes listed by the popups opened since the notes last changed, by subject.
    public var about: [NotesSubject: [Annotation]] = [:]
    /// The subjects asked of the database since the notes last changed (asked once each).
    var asked: Set<NotesSubject> = []
    /// Articles whose notes were re-anchored to their text in this run.
    public var reanchored: Set<String> = []
    /// Deleted notes, the most recent last: `u` stores the last one again.
    public var undo: [Annotation] = []
    /// Notes `u` restored, the most recent last: Ctrl-R deletes the last one again. A
    /// new change to the notes ends what can be redone.
    public var redo: [Annotation] = []
    /// The note Ctrl-R is deleting again, until the database answers.
    public var redoing: UUID?
    /// A note to bring into view once its article's anchors are fresh (a link followed
    /// to a note of an article not opened yet).
    public var reveal: UUID?
    /// What the reading, notes and timeline panes draw, for the current article.
    public var derived = NotesDerived()

    public init(availability: NotesAvailability = .loading) {
        self.availability = availability
    }

    /// Whether notes can be shown and changed.
    public var isReady: Bool { availability == .ready }

    /// The note with `id`: one of the article shown, or of a list a popup shows.
    public func annotation(_ id: UUID) -> Annotation? {
        collection?.article.annotations.first { $0.id == id }
            ?? about.values.lazy.compactMap { $0.first { $0.id == id } }.first
    }

    /// The notes about `subject` as last read (none until they are).
    func notes(about subject: NotesSubject) -> [Annotation] {
        about[subject] ?? []
    }
}
