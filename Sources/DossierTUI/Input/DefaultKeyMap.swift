extension KeyMap {
    /// The default keys: less and vi conventions for moving and searching.
    ///
    /// Terminals send the same byte for Tab and Ctrl-I, so Tab cycles panes and
    /// history forward is `L` (with `H` for back, as in vim-style browsers), beside
    /// Ctrl-O and Backspace for back.
    public static let defaults = KeyMap(bindings: [
        // Moving
        KeyBinding(.lineDown, group: "Moving", keys: [.character("j"), .down, .control("n"), .control("e")], help: "Line down"),
        KeyBinding(.lineUp, group: "Moving", keys: [.character("k"), .up, .control("p"), .control("y")], help: "Line up"),
        KeyBinding(.pageDown, group: "Moving", keys: [.character(" "), .pageDown, .control("f"), .character("f")], help: "Page down"),
        KeyBinding(.pageUp, group: "Moving", keys: [.character("b"), .pageUp, .control("b")], help: "Page up"),
        KeyBinding(.halfPageDown, group: "Moving", keys: [.control("d")], help: "Half a page down"),
        KeyBinding(.halfPageUp, group: "Moving", keys: [.control("u")], help: "Half a page up"),
        KeyBinding(.top, group: "Moving", keys: [.character("g"), .home, .character("<")], help: "Go to the top"),
        KeyBinding(.bottom, group: "Moving", keys: [.character("G"), .end, .character(">")], help: "Go to the bottom"),
        KeyBinding(.collapse, group: "Moving", context: .browser, keys: [.left], help: "Collapse the article or section"),
        KeyBinding(.expand, group: "Moving", context: .browser, keys: [.right], help: "Expand the article or section"),

        // Searching
        KeyBinding(.search, group: "Searching", keys: [.character("/")], help: "Search this article", hint: "search"),
        KeyBinding(.searchNext, group: "Searching", keys: [.character("n")], help: "Next match"),
        KeyBinding(.searchPrevious, group: "Searching", keys: [.character("N")], help: "Previous match"),
        KeyBinding(.searchCollection, group: "Searching", keys: [.character("s")], help: "Search all articles", hint: "search all"),

        // Panes
        KeyBinding(.nextPane, group: "Panes", keys: [.tab], help: "Next pane", hint: "pane"),
        KeyBinding(.previousPane, group: "Panes", keys: [.backTab], help: "Previous pane"),
        KeyBinding(.focusBrowser, group: "Panes", keys: [.character("1")], help: "Section browser (show/hide on narrow screens)"),
        KeyBinding(.focusReading, group: "Panes", keys: [.character("2")], help: "Reading pane"),
        KeyBinding(.focusTimeline, group: "Panes", keys: [.character("3")], help: "Timeline (show/hide on narrow screens)"),
        KeyBinding(.focusNotes, group: "Panes", keys: [.character("4")], help: "Notes (show/hide on narrow screens)"),

        // History
        KeyBinding(.back, group: "Jumping", keys: [.control("o"), .backspace, .character("H")], help: "Back to where you were before the last jump", hint: "back"),
        KeyBinding(.forward, group: "Jumping", keys: [.character("L")], help: "Forward again"),
        KeyBinding(.activate, group: "Jumping", keys: [.enter], help: "Open: section, footnote, event, note, search hit", hint: "open"),

        // Timeline
        KeyBinding(.previousEvent, group: "Timeline", keys: [.character("[")], help: "Previous event in time, across articles"),
        KeyBinding(.nextEvent, group: "Timeline", keys: [.character("]")], help: "Next event in time, across articles"),
        KeyBinding(.otherTelling, group: "Timeline", context: .timeline, keys: [.character("t")], help: "The event as another article tells it", hint: "other telling"),
        KeyBinding(.relatedEvents, group: "Timeline", context: .timeline, keys: [.character("r")], help: "Related events", hint: "related"),
        KeyBinding(.filterTimeline, group: "Timeline", context: .timeline, keys: [.character("f")], help: "Filter by entity or tag", hint: "filter"),
        KeyBinding(.clearFilters, group: "Timeline", context: .timeline, keys: [.character("F")], help: "Clear the filters"),

        // Notes
        KeyBinding(.startSelection, group: "Notes", context: .reading, keys: [.character("v")], help: "Start selecting text"),
        KeyBinding(.highlight, group: "Notes", keys: [.character("h")], help: "Highlight the selection"),
        KeyBinding(.annotate, group: "Notes", keys: [.character("a")], help: "Write a note on the selection"),
        KeyBinding(.editInEditor, group: "Notes", keys: [.character("E")], help: "Edit the note in $VISUAL / $EDITOR"),
        KeyBinding(.deleteNote, group: "Notes", keys: [.character("d")], help: "Delete the note"),
        KeyBinding(.undo, group: "Notes", keys: [.character("u")], help: "Undo the last deletion"),

        // Selecting text
        KeyBinding(.extendCharacterForward, group: "Selecting", context: .selection, keys: [.right, .character("l")], help: "Extend by a character"),
        KeyBinding(.extendCharacterBackward, group: "Selecting", context: .selection, keys: [.left], help: "Shrink by a character"),
        KeyBinding(.extendLineDown, group: "Selecting", context: .selection, keys: [.down, .character("j")], help: "Extend by a line"),
        KeyBinding(.extendLineUp, group: "Selecting", context: .selection, keys: [.up, .character("k")], help: "Shrink by a line"),
        KeyBinding(.extendWordForward, group: "Selecting", context: .selection, keys: [.character("w")], help: "Extend to the next word"),
        KeyBinding(.extendWordBackward, group: "Selecting", context: .selection, keys: [.character("b")], help: "Back a word"),
        KeyBinding(.extendWordEnd, group: "Selecting", context: .selection, keys: [.character("e")], help: "Extend to the end of the word"),
        KeyBinding(.extendSentenceForward, group: "Selecting", context: .selection, keys: [.character(")")], help: "Extend to the next sentence"),
        KeyBinding(.extendSentenceBackward, group: "Selecting", context: .selection, keys: [.character("(")], help: "Back a sentence"),
        KeyBinding(.extendParagraphForward, group: "Selecting", context: .selection, keys: [.character("}")], help: "Extend to the next paragraph"),
        KeyBinding(.extendParagraphBackward, group: "Selecting", context: .selection, keys: [.character("{")], help: "Back a paragraph"),

        // Popups and editor
        KeyBinding(.cancel, group: "Popups", keys: [.escape], help: "Close the popup, cancel the selection or prompt"),
        KeyBinding(.cancel, group: "Popups", context: .popup, keys: [.character("q")], help: "Close the popup", hint: "close"),
        KeyBinding(.save, group: "Popups", context: .editor, keys: [.control("s")], help: "Save the note"),
        KeyBinding(.cancel, group: "Popups", context: .editor, keys: [.escape], help: "Cancel (asks before discarding changes)"),

        // Typing a search
        KeyBinding(.activate, group: "Search prompt", context: .prompt, keys: [.enter], help: "Search for what you typed", hint: "search"),
        KeyBinding(.cancel, group: "Search prompt", context: .prompt, keys: [.escape], help: "Cancel the search", hint: "cancel"),
        KeyBinding(.deleteBackward, group: "Search prompt", context: .prompt, keys: [.backspace], help: "Delete the last character"),

        // The reader
        KeyBinding(.help, group: "Reader", keys: [.character("?"), .function(1)], help: "This help", hint: "help"),
        KeyBinding(.redraw, group: "Reader", keys: [.control("l")], help: "Redraw the screen"),
        KeyBinding(.quit, group: "Reader", keys: [.character("q"), .control("c")], help: "Quit", hint: "quit"),
    ])
}
