import DossierCore
import DossierNotes
import Foundation

/// One change to the notes database, asked for by the reducer as an effect
/// (``Effect/changeNote(_:)``) and made by the run loop in one store transaction.
enum NoteChange: Hashable, Sendable {
    /// A new annotation on a passage of `article` (selectors built from its text).
    case create(article: String, selectors: AnchorSelectors, kind: AnnotationKind, body: String)
    /// A new body for the annotation `id` (a highlight given text becomes a note).
    case updateBody(id: UUID, body: String)
    /// New tags for the annotation `id` (the `#tags` written in its body stay: ``NoteTags``).
    case setTags(id: UUID, tags: [String])
    /// Delete the annotation `id`; the outcome carries it, for undo.
    case delete(id: UUID)
    /// Store a deleted annotation again (undo).
    case restore(Annotation)
    /// Attach the annotation `id` to `range` of `article`'s current text, as the user
    /// chose: re-attaching an orphan, or confirming a moved or changed passage.
    case reattach(id: UUID, article: String, range: TextRange)

    /// What the change is called in messages.
    var verb: String {
        switch self {
        case .create(_, _, let kind, _): return kind == .highlight ? "highlight" : "save the " + kind.rawValue
        case .updateBody: return "save the note"
        case .setTags: return "save the tags"
        case .delete: return "delete the note"
        case .restore: return "restore the note"
        case .reattach: return "attach the note"
        }
    }
}

/// How a ``NoteChange`` went.
enum NoteChangeOutcome: Hashable, Sendable {
    /// Done: the annotation as stored (or as deleted), and the collection's notes read
    /// again afterwards (`nil` if reading them failed; the reducer then patches its copy).
    case done(Annotation?, notes: CollectionNotes?)
    /// Not done, and why: nothing changed in the database.
    case failed(String)
}
