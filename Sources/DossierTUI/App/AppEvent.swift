import DossierCore
import DossierNotes

/// What the reducer reacts to: terminal input and the results of effects.
enum AppEvent: Sendable {
    /// A key, a mouse action, a resize, or the end of input.
    case input(InputEvent)
    /// An article was parsed (``Effect/loadArticle(_:)``).
    case articleLoaded(id: String, document: Document)
    /// The events were loaded (``Effect/loadTimeline``), with the articles parsed on the way.
    case timelineLoaded(Timeline, documents: [String: Document], problem: String?)
    /// The content index has read `done` of the `total` changed files (``Effect/refreshIndex``).
    case indexProgress(done: Int, total: Int)
    /// The content index is up to date, or could not be brought up to date (`problem`).
    case indexRefreshed(problem: String?)
    /// Hits of a collection-wide search as they are confirmed, the last batch marked
    /// (``Effect/searchCollection(query:generation:)``).
    case collectionSearchFound(CollectionSearchBatch)
    /// An article's notes and the collection's counts were read (``Effect/loadNotes(article:reanchor:)``),
    /// after re-anchoring that article's notes when asked.
    case notesLoaded(CollectionNotes, reanchored: ReanchorSummary?)
    /// The notes a popup lists about a subject were read (``Effect/loadNotesAbout(_:)``).
    case notesAboutLoaded(NotesSubject, notes: [Annotation])
    /// Reading or re-anchoring the notes failed this time (the database is usable).
    case notesLoadFailed(String)
    /// The notes database cannot be used at all; the reader goes on without notes.
    case notesUnavailable(String)
    /// A change to the notes database was made, or failed (``Effect/changeNote(_:)``).
    case noteChanged(NoteChange, NoteChangeOutcome)
    /// The notes matching a query were read (``Effect/queryNotes(_:)``).
    case notesQueried(NoteQuery, notes: [Annotation])
    /// The external editor returned (``Effect/editExternally(_:)``).
    case externalEditFinished(ExternalEditRequest, ExternalEditOutcome)
    /// A copy (``Effect/copyToClipboard(_:)``) reached the terminal but not the
    /// clipboard file, and why.
    case clipboardFileFailed(String)
}
