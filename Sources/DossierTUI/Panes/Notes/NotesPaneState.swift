import Foundation

/// The notes pane: the selected note and the first list line shown. The notes listed
/// are those of the passage or section in view (``NotesPaneModel``), so the selection
/// is kept by id and falls back to the first note in view when it is not listed.
struct NotesPaneState: Hashable, Sendable {
    /// The selected note (``NotesPaneModel/defaultSelection`` when `nil` or not listed).
    var selected: UUID?
    /// The first list line shown.
    var top = 0
    init() {}
}
