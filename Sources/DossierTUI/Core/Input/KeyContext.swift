/// Where a key binding applies. A key is looked up in the most specific active
/// context first (an open popup; then a selection, the cursor and the reading pane;
/// or the focused pane), then in ``global``; so `b` means "page back" while reading
/// and "word back" once `c` or `v` gave the reading pane a character cursor.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    /// Everywhere unless a more specific context binds the key.
    case global
    /// The section browser is focused.
    case browser
    /// The reading pane is focused.
    case reading
    /// The timeline pane is focused.
    case timeline
    /// The notes pane is focused.
    case notes
    /// The reading pane has a character cursor (cursor mode after `c`, or a selection
    /// after `v`): motions move it.
    case cursor
    /// A selection is being made in the reading pane (after `v`, or a mouse drag).
    case selection
    /// A popup (footnote, help, list) is open.
    case popup
    /// A text editor popup (note editor) is open: only its own keys apply, all others type.
    case editor
    /// The note editor asks whether to discard the changes: yes or no (the editor's save
    /// key still saves).
    case confirmation
    /// A one-line prompt (a search query) is being typed: only its own keys apply, all
    /// others type.
    case prompt

    /// The heading of this context in the help overlay.
    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .browser: return "Section browser"
        case .reading: return "Reading pane"
        case .timeline: return "Timeline"
        case .notes: return "Notes"
        case .cursor: return "Cursor or selection"
        case .selection: return "Selecting text"
        case .popup: return "Popups"
        case .editor: return "Note editor"
        case .confirmation: return "Discard changes?"
        case .prompt: return "Search prompt"
        }
    }
}
