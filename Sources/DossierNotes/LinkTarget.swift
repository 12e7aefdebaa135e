/// The kinds of things a note can link to with `[[…]]`.
public enum LinkTargetKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Another note, by title or id.
    case note
    /// An event of `events.yaml`, by id.
    case event
    /// An entity of `entities.yaml`, by id.
    case entity
    /// An article, by id.
    case article
    /// A section of an article, as `article#section`.
    case section
}

/// What a `[[…]]` link in a note points to.
public enum LinkTarget: Hashable, Sendable {
    /// `[[title or id]]`: another note.
    case note(String)
    /// `[[event:id]]`.
    case event(String)
    /// `[[entity:id]]`.
    case entity(String)
    /// `[[article:id]]`.
    case article(String)
    /// `[[section:article#section]]`.
    case section(article: String, section: String)

    /// The kind of target.
    public var kind: LinkTargetKind {
        switch self {
        case .note: return .note
        case .event: return .event
        case .entity: return .entity
        case .article: return .article
        case .section: return .section
        }
    }

    /// The target's identifier as stored: the id, the note title, or `article#section`.
    public var identifier: String {
        switch self {
        case .note(let value), .event(let value), .entity(let value), .article(let value): return value
        case .section(let article, let section): return "\(article)#\(section)"
        }
    }

    /// Rebuilds a target from its kind and stored identifier (`nil` for a section
    /// identifier without `#`).
    public init?(kind: LinkTargetKind, identifier: String) {
        switch kind {
        case .note: self = .note(identifier)
        case .event: self = .event(identifier)
        case .entity: self = .entity(identifier)
        case .article: self = .article(identifier)
        case .section:
            guard let hash = identifier.firstIndex(of: "#") else { return nil }
            self = .section(
                article: String(identifier[..<hash]),
                section: String(identifier[identifier.index(after: hash)...]))
        }
    }

    /// The link as written in a note: `[[event:id]]`, `[[title]]`, ….
    public var markup: String {
        switch self {
        case .note(let value): return "[[\(value)]]"
        default: return "[[\(kind.rawValue):\(identifier)]]"
        }
    }
}
