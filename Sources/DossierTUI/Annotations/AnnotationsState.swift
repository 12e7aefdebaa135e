import DossierNotes
import Foundation

/// The reader's notes: whether the database can be used, every note of the collection
/// as last read from it, which articles' anchors were refreshed against their current
/// text, and the deletions that `u` can undo and Ctrl-R redo.
///
/// The database itself lives in the run loop; the reducer only sees values read from
/// it and asks for changes with effects.
public struct AnnotationsState: Sendable {
    public var availability: NotesAvailability = .loading
    /// Every note of the collection (``NotesCollectionKey``), in document order.
    public var collection: CollectionNotes?
    /// Bumped whenever `collection` changes, so that cached views of it are rebuilt.
    public var revision = 0
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

    /// The note with `id`, if the collection has it.
    public func annotation(_ id: UUID) -> Annotation? {
        collection?.annotations.first { $0.id == id }
    }
}
