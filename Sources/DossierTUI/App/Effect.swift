import DossierNotes

/// Work the reducer asks the run loop to do; results come back as ``AppEvent``s, so the
/// reducer stays a pure function.
enum Effect: Hashable, Sendable {
    /// Parse an article; answers ``AppEvent/articleLoaded(id:document:)``.
    case loadArticle(String)
    /// Load entities and events, resolving quotes (after the first frame); answers
    /// ``AppEvent/timelineLoaded(_:documents:problem:)``.
    case loadTimeline
    /// Bring the content index up to date, in the background (once, after the first frame);
    /// answers ``AppEvent/indexProgress(done:total:)`` while files are read, then
    /// ``AppEvent/indexRefreshed(problem:)``.
    case refreshIndex
    /// Search every article through the content index, in the background; answers
    /// ``AppEvent/collectionSearchFound(_:)`` as hits are confirmed. The next search's
    /// generation cancels this one.
    case searchCollection(query: String, generation: Int)
    /// Remember reading positions between runs.
    case savePositions(ReadingPositions)
    /// Open the notes database if it is not open yet, re-anchor the notes of `article`
    /// (when given and `reanchor`: once a run is enough) to its current text — one
    /// transaction — and read its notes with the
    /// counts over the collection's; answers ``AppEvent/notesLoaded(_:reanchored:)``,
    /// ``AppEvent/notesLoadFailed(_:)`` or ``AppEvent/notesUnavailable(_:)``.
    case loadNotes(article: String?, reanchor: Bool = true)
    /// Read the notes a popup lists about `subject`; answers
    /// ``AppEvent/notesAboutLoaded(_:notes:)`` (or ``AppEvent/notesLoadFailed(_:)``).
    case loadNotesAbout(NotesSubject)
    /// Make one change to the notes database, in one transaction; answers
    /// ``AppEvent/noteChanged(_:_:)``.
    case changeNote(NoteChange)
    /// Read the notes matching a query from the database; answers
    /// ``AppEvent/notesQueried(_:notes:)`` (or ``AppEvent/notesLoadFailed(_:)``).
    case queryNotes(NoteQuery)
    /// Suspend the screen, run `$VISUAL`/`$EDITOR` on a note, resume; answers
    /// ``AppEvent/externalEditFinished(_:_:)``.
    case editExternally(ExternalEditRequest)
    /// Put `text` on the terminal's clipboard (OSC 52) and in the clipboard file
    /// (``ClipboardFile``); answers ``AppEvent/clipboardFileFailed(_:)`` only when the
    /// file could not be written.
    case copyToClipboard(String)
    /// Repaint every cell (Ctrl-L).
    case redraw
    /// Leave the reader.
    case quit
}
