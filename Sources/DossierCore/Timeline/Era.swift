/// A named period of the relationship ("Era of Alliances", 1954–1962), used to group the timeline.
public struct Era: Hashable, Sendable {
    /// Kebab-case, unique among the eras.
    public var id: String
    public var title: String
    /// The period: `from` and `to` of `events.yaml` joined into one date (a range when they differ).
    public var date: EventDate
    /// The article that names the era, or `editors` when the editors named it.
    var namedBy: String
    public var position: SourcePosition

    /// The value of `named_by` for an era the editors named.
    static let namedByEditors = "editors"

    init(id: String, title: String, date: EventDate, namedBy: String = Era.namedByEditors,
                position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.id = id
        self.title = title
        self.date = date
        self.namedBy = namedBy
        self.position = position
    }

    /// Whether the era's period covers `date`'s first day.
    public func contains(_ date: EventDate) -> Bool {
        self.date.earliest <= date.earliest && date.earliest <= self.date.latest
    }
}
