/// Where a key binding applies. A key is looked up in the most specific active
/// context first (an open popup; then a selection, the cursor and the reading pane;
/// or the focused pane), then in ``global``; so `b` means "page back" while reading
/// and "word back" once `c` or `v` gave the reading pane a character cursor.
enum KeyContext: String, Hashable, Sendable, CaseIterable {
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
    /// The event card is open (its popup keys apply too).
    case eventCard
    /// The tellings side by side are shown (its popup keys apply too).
    case sideBySide
    /// A list popup (`f`, search results, links, related events) is open: typed keys
    /// filter its rows, so moving is left to the arrows and page keys.
    case list
    /// A text editor popup (note editor) is open: only its own keys apply, all others type.
    case editor
    /// The `[[` link completion is open in the note editor: its keys choose and insert;
    /// all others go to the editor.
    case completion
    /// The note editor asks a yes/no question — discard the changes? save links that name
    /// nothing? — (the editor's save key still saves).
    case confirmation
    /// A one-line prompt (a search query) is being typed: only its own keys apply, all
    /// others type.
    case prompt
    /// The notes browser is open: only its own keys apply, all others type the filter.
    case notesBrowser

    /// The heading of this context in the help overlay.
    var title: String {
        switch self {
        case .global: return "Everywhere"
        case .browser: return "Section browser"
        case .reading: return "Reading pane"
        case .timeline: return "Timeline"
        case .notes: return "Notes"
        case .cursor: return "Cursor or selection"
        case .selection: return "Selecting text"
        case .popup: return "Popups"
        case .eventCard: return "Event card"
        case .sideBySide: return "Side by side"
        case .list: return "Lists: type to filter"
        case .editor: return "Note editor"
        case .completion: return "Link completion"
        case .confirmation: return "Discard changes? Save anyway?"
        case .prompt: return "Search prompt"
        case .notesBrowser: return "Notes browser"
        }
    }
}
