/// How keys act in the reading pane. Reading stays less-like — `b` pages back, `j`/`k`
/// move the cursor line — until the user asks for a character cursor:
///
/// - ``reading``: the cursor is a line (`›`).
/// - ``cursor(_:)`` (`c`): a character cursor, moved by the motions of the key table's
///   ``KeyContext/cursor`` context (`w`/`b`/`e`, `(`/`)`, `{`/`}`, arrows, `j`/`k`/`l`);
///   `v` starts a selection there, Esc goes back to reading.
/// - ``selecting(_:returnsToCursor:)`` (`v`, or a mouse drag): the same motions move the
///   selection's free end; `o` swaps the ends; `h` highlights, `a` annotates, Esc cancels.
///
/// So `b` means "page back" while reading and "word back" with a cursor, and the mode
/// is always shown in the status line.
enum ReadingMode: Hashable, Sendable {
    case reading
    case cursor(TextCursor)
    /// `returnsToCursor`: the selection was started from cursor mode, so Esc or a saved
    /// note goes back there rather than to reading.
    case selecting(Selection, returnsToCursor: Bool)

    /// The character cursor: the cursor, or the selection's moving end.
    var textCursor: TextCursor? {
        switch self {
        case .reading: return nil
        case .cursor(let cursor): return cursor
        case .selecting(let selection, _): return selection.cursor
        }
    }

    /// The selection being made, if any.
    var selection: Selection? {
        if case .selecting(let selection, _) = self { return selection }
        return nil
    }

    /// The mode as the status line names it.
    var title: String? {
        switch self {
        case .reading: return nil
        case .cursor: return "CURSOR"
        case .selecting: return "SELECT"
        }
    }
}
