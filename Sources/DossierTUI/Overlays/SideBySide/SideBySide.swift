/// Two tellings of one event side by side (`s` in the event card): each side an article
/// scrolled to its telling, the quoted passage marked and the words the articles
/// disagree on (the event's conflict records) marked in both. Lies over the panes like
/// a popup, so the reading pane stays where it was; Esc goes back to ``card``.
struct SideBySide: Hashable, Sendable {
    /// Which side has the keys: left, or top when the sides are stacked.
    enum Choice: Hashable, Sendable {
        case first, second
    }

    /// One side: which telling it shows and how far it is scrolled.
    struct Side: Hashable, Sendable {
        /// Index into the event's mentions.
        var mention: Int
        /// The first line shown, into the article's lines laid out at ``width``.
        var top = 0
        /// The text width ``top`` counts lines at (0 until first laid out).
        var width = 0

        init(mention: Int) {
            self.mention = mention
        }
    }

    var eventID: String
    var first: Side
    var second: Side
    var chosen = Choice.first
    /// The card it was opened from, shown again on Esc.
    var card: EventCard

    init(eventID: String, first: Side, second: Side, card: EventCard) {
        self.eventID = eventID
        self.first = first
        self.second = second
        self.card = card
    }

    /// The side `choice` names.
    subscript(_ choice: Choice) -> Side {
        get { choice == .first ? first : second }
        set {
            if choice == .first { first = newValue } else { second = newValue }
        }
    }
}
