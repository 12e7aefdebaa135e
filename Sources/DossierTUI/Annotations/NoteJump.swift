import DossierCore
import Foundation

/// Where Enter on a note of the notes pane goes.
enum NoteJump: Hashable, Sendable {
    /// Show `range` of `article` in the reading pane (a jump, remembered in history).
    case passage(article: String, range: TextRange)
    /// The note's passage was not found: offer to re-attach it to a selection.
    case orphan(id: UUID)
}
