extension KeyMap {
    /// The default keys: less and vi conventions for moving and searching.
    ///
    /// Reading keys stay less-like (`b` pages back); `c` (cursor mode) or `v` (a
    /// selection) give the reading pane a character cursor, and the ``KeyContext/cursor``
    /// context's vi motions (`w`, `b`, `e`, `(`, `)`, `{`, `}`, arrows) take over until Esc.
    ///
    /// Terminals send the same byte for Tab and Ctrl-I, so Tab cycles panes and
    /// history forward is `L` (with `H` for back, as in vim-style browsers), beside
    /// Ctrl-O and Backspace for back.
    static let defaults = KeyMap(bindings: [
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
        KeyBinding(.countDigit, group: "Moving", keys: "567890".map(Key.character),
                   help: "A count for the next motion: 5j, 20 Space (1–4 are panes: 03} for 3)"),

        // Marks
        KeyBinding(.setMark, group: "Marks", keys: [.character("m")], help: "m and a letter a–z: mark this place (kept between runs)"),
        KeyBinding(.jumpToMark, group: "Marks", keys: [.character("'")], help: "' and a letter: back to that mark (Ctrl-O returns)"),
        KeyBinding(.listMarks, group: "Marks", keys: [.character("M")], help: "The marks in a list (Enter jumps)"),

        // Searching
        KeyBinding(.search, group: "Searching", keys: [.character("/")], help: "Search this article", hint: "search"),
        KeyBinding(.searchNext, group: "Searching", keys: [.character("n")], help: "Next match"),
        KeyBinding(.searchPrevious, group: "Searching", keys: [.character("N")], help: "Previous match"),
        KeyBinding(.searchCollection, group: "Searching", keys: [.character("s")], help: "Search all articles", hint: "search all"),
        KeyBinding(.search, group: "Searching", context: .timeline, keys: [.character("/")], help: "Search the events' titles, summaries and dates", hint: "search events"),
        KeyBinding(.searchNext, group: "Searching", context: .timeline, keys: [.character("n")], help: "Next matching event"),
        KeyBinding(.searchPrevious, group: "Searching", context: .timeline, keys: [.character("N")], help: "Previous matching event"),

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
        KeyBinding(.activate, group: "Jumping", keys: [.enter], help: "Open: section, footnote, event, note, link, search hit", hint: "open"),

        // Timeline
        KeyBinding(.previousEvent, group: "Timeline", keys: [.character("[")], help: "Previous event in time, across articles"),
        KeyBinding(.nextEvent, group: "Timeline", keys: [.character("]")], help: "Next event in time, across articles"),
        KeyBinding(.eventCard, group: "Timeline", context: .reading, keys: [.character("e")], help: "The event told on the cursor line (•): its card, a list when several", hint: "event"),
        KeyBinding(.eventCard, group: "Timeline", context: .timeline, keys: [.character("e"), .character("i")], help: "The selected event's card: tellings, conflicts, related, notes", hint: "card"),
        KeyBinding(.eventCard, group: "Timeline", keys: [.character("e")], help: "The selected event's card (Enter on a row opens it, [ ] before/after)"),
        KeyBinding(.eventConflicts, group: "Timeline", keys: [.character("!")], help: "The event's card at its conflicts: what each article says"),
        KeyBinding(.otherTelling, group: "Timeline", context: .timeline, keys: [.character("t")], help: "The event as another article tells it", hint: "other telling"),
        KeyBinding(.previousTelling, group: "Timeline", context: .timeline, keys: [.character("T")], help: "The event as the article before tells it (t backwards)"),
        KeyBinding(.relatedEvents, group: "Timeline", context: .timeline, keys: [.character("r")], help: "Related events", hint: "related"),
        KeyBinding(.otherTelling, group: "Timeline", context: .reading, keys: [.character("t")], help: "The selected event (▌) as another article tells it"),
        KeyBinding(.previousTelling, group: "Timeline", context: .reading, keys: [.character("T")], help: "The same, backwards"),
        KeyBinding(.relatedEvents, group: "Timeline", context: .reading, keys: [.character("r")], help: "The selected event's related events and notes"),
        KeyBinding(.filterTimeline, group: "Timeline", context: .timeline, keys: [.character("f")], help: "Filter by entity or tag", hint: "filter"),
        KeyBinding(.clearFilters, group: "Timeline", context: .timeline, keys: [.character("F")], help: "Clear the filters"),
        KeyBinding(.jumpToYear, group: "Timeline", context: .timeline, keys: [.character("Y")], help: "Go to a year: its first event, or the nearest after"),
        KeyBinding(.entityPage, group: "Timeline", context: .reading, keys: [.character("i")],
                   help: "The entity page of the name at the cursor, or of the selection", hint: "who"),
        KeyBinding(.filterTimeline, group: "Timeline", context: .popup, keys: [.character("f")], help: "On an entity's page: filter the timeline by it"),

        // Notes
        KeyBinding(.startCursor, group: "Notes", context: .reading, keys: [.character("c")], help: "Cursor mode: a character cursor that w b e ( ) { } ← → move"),
        KeyBinding(.startSelection, group: "Notes", context: .reading, keys: [.character("v")], help: "Start selecting text at the cursor (again: stop)"),
        KeyBinding(.annotate, group: "Notes", keys: [.character("a")], help: "Edit the note selected in the notes pane, or on the cursor line"),
        KeyBinding(.editInEditor, group: "Notes", keys: [.character("E")], help: "Edit that note in $VISUAL / $EDITOR"),
        KeyBinding(.deleteNote, group: "Notes", keys: [.character("d")], help: "Delete that note (u undoes)"),
        KeyBinding(.undo, group: "Notes", keys: [.character("u")], help: "Undo the last deletion of a note"),
        KeyBinding(.editTags, group: "Notes", keys: [.character("#")], help: "Edit that note's tags, space-separated (a #tag in its text is one too)"),
        KeyBinding(.redo, group: "Notes", keys: [.control("r")], help: "Redo what u undid (delete the restored note again)"),
        KeyBinding(.yank, group: "Notes", context: .reading, keys: [.character("y")],
                   help: "Copy the selection or the cursor's sentence, with its citation"),
        KeyBinding(.followLink, group: "Notes", context: .notes, keys: [.character("l")], help: "Follow the note's [[link]] (a list when it has several)", hint: "links"),
        KeyBinding(.confirmAnchor, group: "Notes", context: .notes, keys: [.character("y")], help: "Accept the note's new place (↻ moved, ≈ changed)"),
        KeyBinding(.notesBrowser, group: "Notes", keys: [.character("A")], help: "All notes: find by words, kind:, #tag, article:, status:", hint: "all notes"),

        // The notes browser (typed text filters the list)
        KeyBinding(.lineDown, group: "Notes browser", context: .notesBrowser, keys: [.down, .control("n")], help: "Next note"),
        KeyBinding(.lineUp, group: "Notes browser", context: .notesBrowser, keys: [.up, .control("p")], help: "Previous note"),
        KeyBinding(.pageDown, group: "Notes browser", context: .notesBrowser, keys: [.pageDown], help: "A page of notes down"),
        KeyBinding(.pageUp, group: "Notes browser", context: .notesBrowser, keys: [.pageUp], help: "A page of notes up"),
        KeyBinding(.top, group: "Notes browser", context: .notesBrowser, keys: [.home], help: "The first note"),
        KeyBinding(.bottom, group: "Notes browser", context: .notesBrowser, keys: [.end], help: "The last note"),
        KeyBinding(.halfPageDown, group: "Notes browser", context: .notesBrowser, keys: [.control("d")], help: "Scroll the note's preview down"),
        KeyBinding(.halfPageUp, group: "Notes browser", context: .notesBrowser, keys: [.control("u")], help: "Scroll the note's preview up"),
        KeyBinding(.toggleNoteOrder, group: "Notes browser", context: .notesBrowser, keys: [.control("t")], help: "Document order or newest first"),
        KeyBinding(.activate, group: "Notes browser", context: .notesBrowser, keys: [.enter], help: "Go to the note's passage (back returns)", hint: "open"),
        KeyBinding(.deleteBackward, group: "Notes browser", context: .notesBrowser, keys: [.backspace], help: "Delete the last character typed"),
        KeyBinding(.cancel, group: "Notes browser", context: .notesBrowser, keys: [.escape], help: "Close the notes browser", hint: "close"),

        // Selecting text
        KeyBinding(.highlight, group: "Selecting", context: .selection, keys: [.character("h")], help: "Highlight the selection", hint: "highlight"),
        KeyBinding(.annotate, group: "Selecting", context: .selection, keys: [.character("a")], help: "Write a note on the selection", hint: "note"),
        KeyBinding(.askQuestion, group: "Selecting", context: .selection, keys: [.character("Q")], help: "Write a question on the selection"),
        KeyBinding(.editInEditor, group: "Selecting", context: .selection, keys: [.character("E")], help: "Write a note on the selection in $VISUAL / $EDITOR"),
        KeyBinding(.swapEnds, group: "Selecting", context: .selection, keys: [.character("o")], help: "Go to the other end of the selection", hint: "other end"),
        KeyBinding(.reattach, group: "Selecting", context: .selection, keys: [.character("R")], help: "Attach the note selected in the notes pane here (a lost or moved note)"),
        KeyBinding(.cancel, group: "Selecting", context: .selection, keys: [.escape], help: "Cancel the selection", hint: "cancel"),
        KeyBinding(.extendCharacterForward, group: "Selecting", context: .cursor, keys: [.right, .character("l")], help: "Next character (moves the cursor, extends a selection)"),
        KeyBinding(.extendCharacterBackward, group: "Selecting", context: .cursor, keys: [.left], help: "Previous character"),
        KeyBinding(.extendLineDown, group: "Selecting", context: .cursor, keys: [.down, .character("j")], help: "Line down"),
        KeyBinding(.extendLineUp, group: "Selecting", context: .cursor, keys: [.up, .character("k")], help: "Line up"),
        KeyBinding(.extendWordForward, group: "Selecting", context: .cursor, keys: [.character("w")], help: "Start of the next word"),
        KeyBinding(.extendWordBackward, group: "Selecting", context: .cursor, keys: [.character("b")], help: "Back to the start of a word"),
        KeyBinding(.extendWordEnd, group: "Selecting", context: .cursor, keys: [.character("e")], help: "End of the word"),
        KeyBinding(.extendSentenceForward, group: "Selecting", context: .cursor, keys: [.character(")")], help: "Next sentence (a selection takes the whole sentence)"),
        KeyBinding(.extendSentenceBackward, group: "Selecting", context: .cursor, keys: [.character("(")], help: "Back to the start of a sentence"),
        KeyBinding(.extendParagraphForward, group: "Selecting", context: .cursor, keys: [.character("}")], help: "Next paragraph (a selection takes the whole paragraph)"),
        KeyBinding(.extendParagraphBackward, group: "Selecting", context: .cursor, keys: [.character("{")], help: "Back to the start of a paragraph"),
        KeyBinding(.cancel, group: "Selecting", context: .cursor, keys: [.escape], help: "Leave cursor mode", hint: "leave"),

        // Popups
        KeyBinding(.cancel, group: "Popups", context: .list, keys: [.escape], help: "Clear the typed filter, then close", hint: "close"),
        KeyBinding(.deleteBackward, group: "Popups", context: .list, keys: [.backspace],
                   help: "Delete the typed filter's last character (arrows move)"),
        KeyBinding(.cancel, group: "Popups", keys: [.escape], help: "Close the popup, cancel the selection or prompt"),
        KeyBinding(.cancel, group: "Popups", context: .popup, keys: [.character("q")], help: "Close the popup", hint: "close"),

        // Writing a note: these keys edit, every other key types.
        KeyBinding(.save, group: "Note editor", context: .editor, keys: [.control("s")], help: "Save the note", hint: "save"),
        KeyBinding(.cancel, group: "Note editor", context: .editor, keys: [.escape], help: "Cancel (asks before discarding changes)", hint: "cancel"),
        KeyBinding(.editInEditor, group: "Note editor", context: .editor, keys: [.control("x")], help: "Go on writing in $VISUAL / $EDITOR", hint: "$EDITOR"),
        KeyBinding(.newline, group: "Note editor", context: .editor, keys: [.enter], help: "New line"),
        KeyBinding(.insertTab, group: "Note editor", context: .editor, keys: [.tab], help: "Type a tab"),
        KeyBinding(.deleteBackward, group: "Note editor", context: .editor, keys: [.backspace], help: "Delete the character before the cursor"),
        KeyBinding(.deleteForward, group: "Note editor", context: .editor, keys: [.delete], help: "Delete the character under the cursor"),
        KeyBinding(.cursorLeft, group: "Note editor", context: .editor, keys: [.left], help: "Character left"),
        KeyBinding(.cursorRight, group: "Note editor", context: .editor, keys: [.right], help: "Character right"),
        KeyBinding(.lineUp, group: "Note editor", context: .editor, keys: [.up, .control("p")], help: "Row up"),
        KeyBinding(.lineDown, group: "Note editor", context: .editor, keys: [.down, .control("n")], help: "Row down"),
        KeyBinding(.pageUp, group: "Note editor", context: .editor, keys: [.pageUp], help: "Page up"),
        KeyBinding(.pageDown, group: "Note editor", context: .editor, keys: [.pageDown], help: "Page down"),
        KeyBinding(.lineStart, group: "Note editor", context: .editor, keys: [.home, .control("a")], help: "Start of the line"),
        KeyBinding(.lineEnd, group: "Note editor", context: .editor, keys: [.end, .control("e")], help: "End of the line"),
        KeyBinding(.deleteToLineEnd, group: "Note editor", context: .editor, keys: [.control("k")], help: "Delete to the end of the line"),
        KeyBinding(.deleteToLineStart, group: "Note editor", context: .editor, keys: [.control("u")], help: "Delete to the start of the line"),
        KeyBinding(.deleteWordBackward, group: "Note editor", context: .editor, keys: [.control("w")], help: "Delete the word before the cursor"),
        KeyBinding(.confirm, group: "Note editor", context: .confirmation, keys: [.character("y"), .character("Y")], help: "Discard the changes (or save a note whose links name nothing)", hint: "discard"),
        KeyBinding(.refuse, group: "Note editor", context: .confirmation, keys: [.character("n"), .character("N"), .escape], help: "Keep writing", hint: "keep writing"),

        // Completing a [[link]] in the note editor
        KeyBinding(.lineDown, group: "Popups", context: .completion, keys: [.down, .control("n")], help: "The next link offered ([[ opens the list)"),
        KeyBinding(.lineUp, group: "Popups", context: .completion, keys: [.up, .control("p")], help: "The previous link offered"),
        KeyBinding(.activate, group: "Popups", context: .completion, keys: [.enter, .tab], help: "Insert the chosen link as [[kind:id]]"),
        KeyBinding(.cancel, group: "Popups", context: .completion, keys: [.escape], help: "Close the list, keep what you typed"),
        // The tellings side by side
        KeyBinding(.sideBySide, group: "Side by side", context: .eventCard, keys: [.character("s")], help: "Two tellings side by side, what they disagree on marked", hint: "side by side"),
        KeyBinding(.otherTelling, group: "Side by side", context: .sideBySide, keys: [.character("t")], help: "The chosen side: the event's next telling", hint: "other telling"),
        KeyBinding(.previousTelling, group: "Side by side", context: .sideBySide, keys: [.character("T")], help: "The chosen side: the telling before"),
        KeyBinding(.focusLeftSide, group: "Side by side", context: .sideBySide, keys: [.character("h"), .left], help: "Choose the left (top) side"),
        KeyBinding(.focusRightSide, group: "Side by side", context: .sideBySide, keys: [.character("l"), .right], help: "Choose the right (bottom) side"),
        KeyBinding(.nextPane, group: "Side by side", context: .sideBySide, keys: [.tab, .backTab], help: "Choose the other side", hint: "side"),
        KeyBinding(.activate, group: "Side by side", context: .sideBySide, keys: [.enter], help: "Read the chosen side in the reading pane", hint: "read"),
        KeyBinding(.cancel, group: "Side by side", context: .sideBySide, keys: [.escape], help: "Back to the event card (q too)"),

        // Typing a search
        KeyBinding(.activate, group: "Search prompt", context: .prompt, keys: [.enter], help: "Search for what you typed (the tag prompt: save the tags)", hint: "search"),
        KeyBinding(.cancel, group: "Search prompt", context: .prompt, keys: [.escape], help: "Cancel the search", hint: "cancel"),
        KeyBinding(.deleteBackward, group: "Search prompt", context: .prompt, keys: [.backspace], help: "Delete the last character"),
        KeyBinding(.earlierSearch, group: "Search prompt", context: .prompt, keys: [.up], help: "An earlier search (kept between runs)"),
        KeyBinding(.laterSearch, group: "Search prompt", context: .prompt, keys: [.down], help: "A later search, then what you were typing"),

        // The reader
        KeyBinding(.help, group: "Reader", keys: [.character("?"), .function(1)], help: "This help", hint: "help"),
        KeyBinding(.redraw, group: "Reader", keys: [.control("l")], help: "Redraw the screen"),
        KeyBinding(.quit, group: "Reader", keys: [.character("q"), .control("c")], help: "Quit", hint: "quit"),
    ])
}
