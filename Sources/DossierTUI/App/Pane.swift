/// The panes of the reader, in Tab order — the one list a pane is registered in.
///
/// Adding a pane: a folder under `Panes/` with a type conforming to ``PaneContent``,
/// its state in ``AppState``, and one case here; the compiler then asks for its line in
/// ``content`` (and its key context in ``KeyContext``). Layout, drawing, focus, the
/// mouse and normalisation all go through ``content``.
enum Pane: String, Hashable, Sendable, CaseIterable {
    /// Articles and their sections, collapsible (left).
    case browser
    /// The article being read (centre).
    case reading
    /// Events in time (right, top).
    case timeline
    /// Notes on the passage in view (right, bottom).
    case notes

    /// What the pane is made of.
    var content: any PaneContent.Type {
        switch self {
        case .browser: return BrowserPane.self
        case .reading: return ReadingPane.self
        case .timeline: return TimelinePane.self
        case .notes: return NotesPane.self
        }
    }

    /// The pane's title, shown in its header.
    var title: String { content.title }
}
