import DossierCore

/// What the reducer reacts to: terminal input and the results of effects.
public enum AppEvent: Sendable {
    /// A key, a mouse action, a resize, or the end of input.
    case input(InputEvent)
    /// An article was parsed (``Effect/loadArticle(_:)``).
    case articleLoaded(id: String, document: Document)
    /// The events were loaded (``Effect/loadTimeline``), with the articles parsed on the way.
    case timelineLoaded(Timeline, documents: [String: Document], problem: String?)
    /// A collection-wide search finished (``Effect/searchCollection(_:)``), with any
    /// articles it had to parse.
    case collectionSearched(query: String, hits: [SearchHit], documents: [String: Document])
}
