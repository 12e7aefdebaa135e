import DossierCore

/// The entity page (Enter on an entity in the `f` list, an `[[entity:…]]` link, `i` on a
/// name in the reading pane): who or what it is, its events, the passages naming it and the
/// notes linking to it. Its rows are chosen with j/k and opened with Enter, as on the
/// event card.
public struct EntityPage: Hashable, Sendable {
    public var entityID: String
    /// The passages naming the entity, in collection order: found once when the page opens,
    /// since searching every article on every key would be slow in a large collection.
    public var passages: [SearchHit]
    /// The first line shown, into the page's lines.
    public var top = 0
    /// The chosen row, into the page's rows that lead somewhere.
    public var selected = 0

    public init(entityID: String, passages: [SearchHit], top: Int = 0, selected: Int = 0) {
        self.entityID = entityID
        self.passages = passages
        self.top = top
        self.selected = selected
    }
}
