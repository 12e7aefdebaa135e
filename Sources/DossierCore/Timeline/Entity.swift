/// A person, state, organisation, agreement, project or place that events involve
/// (one item of `entities.yaml`, see Content/README.md).
public struct Entity: Hashable, Sendable {
    /// What sort of thing the entity is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case person, state, organisation, agreement, project, place
        case eventSeries = "event-series"
        case other
    }

    /// Kebab-case, unique in the collection.
    public var id: String
    /// The canonical name.
    public var name: String
    public var kind: Kind
    /// One line saying who or what it is.
    public var description: String
    /// Every other spelling the articles use, OCR garbles included.
    public var aliases: [String]
    /// Where the entity is defined (`entities.yaml` line and column).
    public var position: SourcePosition

    init(id: String, name: String, kind: Kind, description: String = "", aliases: [String] = [],
                position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.aliases = aliases
        self.position = position
    }

    /// The canonical name followed by the aliases: every name the entity is found by.
    var allNames: [String] { [name] + aliases }
}
