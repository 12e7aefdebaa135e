/// The panes of the reader.
public enum Pane: String, Hashable, Sendable, CaseIterable {
    /// Articles and their sections, collapsible (left).
    case browser
    /// The article being read (centre).
    case reading
    /// Events in time (right, top).
    case timeline
    /// Notes on the passage in view (right, bottom).
    case notes

    /// The pane's title, shown in its header.
    public var title: String {
        switch self {
        case .browser: return "Sections"
        case .reading: return "Reading"
        case .timeline: return "Timeline"
        case .notes: return "Notes"
        }
    }
}
