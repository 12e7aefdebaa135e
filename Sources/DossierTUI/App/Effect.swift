/// Work the reducer asks the run loop to do; results come back as ``AppEvent``s, so the
/// reducer stays a pure function.
public enum Effect: Hashable, Sendable {
    /// Parse an article; answers ``AppEvent/articleLoaded(id:document:)``.
    case loadArticle(String)
    /// Load entities and events, resolving quotes (after the first frame); answers
    /// ``AppEvent/timelineLoaded(_:documents:problem:)``.
    case loadTimeline
    /// Search every article; answers ``AppEvent/collectionSearched(query:hits:documents:)``.
    case searchCollection(String)
    /// Remember reading positions between runs.
    case savePositions(ReadingPositions)
    /// Repaint every cell (Ctrl-L).
    case redraw
    /// Leave the reader.
    case quit
}
