/// The open event card's lines, kept from one key to the next: laying a card out ranks
/// its related events (as `dossier event` does), too slow to repeat for the reducer and
/// the view on every key. Built again only when what the card shows changes: the event,
/// the width, the notes.
struct EventCardCache: Sendable {
    /// What the lines depend on.
    struct Key: Hashable, Sendable {
        var eventID: String
        var width: Int
        var notesRevision: Int
    }

    private(set) var key: Key?
    private(set) var content: EventCardContent?

    /// The lines for `key`, when they are the ones kept.
    func content(for key: Key) -> EventCardContent? {
        self.key == key ? content : nil
    }

    mutating func store(_ content: EventCardContent, for key: Key) {
        self.key = key
        self.content = content
    }

    /// Forgets the lines (no card is open).
    mutating func clear() {
        key = nil
        content = nil
    }
}
