import DossierCore

/// The entity page (Enter on an entity in the `f` list, an `[[entity:…]]` link, `i` on a
/// name in the reading pane): who or what it is, its events, the passages naming it and the
/// notes linking to it. Its rows are chosen with j/k and opened with Enter, as on the
/// event card.
struct EntityPage: Hashable, Sendable {
    var entityID: String
    /// The passages naming the entity, in collection order: found once when the page opens,
    /// since searching every article on every key would be slow in a large collection.
    var passages: [SearchHit]
    /// The first line shown, into the page's lines.
    var top = 0
    /// The chosen row, into the page's rows that lead somewhere.
    var selected = 0

    init(entityID: String, passages: [SearchHit], top: Int = 0, selected: Int = 0) {
        self.entityID = entityID
        self.passages = passages
        self.top = top
        self.selected = selected
    }
}
