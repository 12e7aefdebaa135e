/// Everything the user can ask the reader to do with a key. The keys, groups and help
/// texts live in one table, ``KeyMap/defaults``; this enum only names the requests.
enum Command: String, Hashable, Sendable, CaseIterable {
    // Moving in the focused pane
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case collapse, expand
    /// A digit of a count for the next motion (`5j`); the digit is the key's.
    case countDigit
    // Marks: `m{a-z}` sets one, `'{a-z}` jumps to one (the letter is the next key)
    case setMark, jumpToMark, listMarks
    // Searching
    case search, searchNext, searchPrevious, searchCollection
    // In a search prompt: walking the queries typed before
    case earlierSearch, laterSearch
    // Panes
    case nextPane, previousPane, focusBrowser, focusReading, focusTimeline, focusNotes
    // History
    case back, forward
    // Acting on what is selected
    case activate
    // Timeline
    case previousEvent, nextEvent, otherTelling, previousTelling, relatedEvents, filterTimeline, clearFilters, eventCard, eventConflicts
    // The tellings side by side (from the event card)
    case sideBySide, focusLeftSide, focusRightSide
    case entityPage, jumpToYear
    // Notes, the cursor and selections
    case startCursor, startSelection, swapEnds, highlight, annotate, askQuestion, editInEditor, deleteNote, undo, redo
    /// Copy the selected passage (or the cursor's sentence) with its citation.
    case yank
    case followLink, reattach, confirmAnchor, editTags
    // The notes browser
    case notesBrowser, toggleNoteOrder
    // Motions of the character cursor (they extend a selection while one is made)
    case extendCharacterForward, extendCharacterBackward, extendLineDown, extendLineUp
    case extendWordForward, extendWordBackward, extendWordEnd
    case extendSentenceForward, extendSentenceBackward
    case extendParagraphForward, extendParagraphBackward
    // Popups and prompts
    case cancel, save, deleteBackward
    // Writing a note (the editor's own keys; every other key types)
    case newline, insertTab, deleteForward, cursorLeft, cursorRight, lineStart, lineEnd
    case deleteToLineEnd, deleteToLineStart, deleteWordBackward
    // Answering a yes/no question (discard the changes?)
    case confirm, refuse
    // The reader
    case help, redraw, quit
}
