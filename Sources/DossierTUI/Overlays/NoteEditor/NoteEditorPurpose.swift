import DossierCore
import DossierNotes
import Foundation

/// What the note editor is writing: a new annotation on a passage, or the body of an
/// existing one. The reader turns a ``NoteEditorAction/save(body:)`` into a store
/// change accordingly.
enum NoteEditorPurpose: Hashable, Sendable {
    /// A new annotation of `kind` on `range` of `article`'s plain text.
    case create(article: String, range: TextRange, kind: AnnotationKind)
    /// The annotation with this id, of `kind`.
    case edit(id: UUID, kind: AnnotationKind)

    /// The kind of annotation written.
    var kind: AnnotationKind {
        switch self {
        case .create(_, _, let kind), .edit(_, let kind): return kind
        }
    }

    /// The popup's title: "New note", "Edit question", ….
    var title: String {
        let noun: String
        switch kind {
        case .highlight: noun = "highlight"
        case .note: noun = "note"
        case .question: noun = "question"
        }
        switch self {
        case .create: return "New " + noun
        case .edit: return "Edit " + noun
        }
    }
}
