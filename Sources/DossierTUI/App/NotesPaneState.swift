/// The notes pane. Notes arrive with the notes store (issue 5); until then the pane only
/// explains how they will appear, so its state is just its scroll.
public struct NotesPaneState: Hashable, Sendable {
    public var top = 0
    public init() {}
}
