/// How one event is linked to another in `related:` (Content/README.md).
public enum RelationKind: String, Hashable, Sendable, CaseIterable, Codable {
    case ledTo = "led-to"
    case responseTo = "response-to"
    case partOf = "part-of"
    case sameSeries = "same-series"
    case seeAlso = "see-also"

    /// The link read from the other end: if A led to B, B "followed from" A.
    var inverseLabel: String {
        switch self {
        case .ledTo: return "followed-from"
        case .responseTo: return "prompted"
        case .partOf: return "includes"
        case .sameSeries: return "same-series"
        case .seeAlso: return "see-also"
        }
    }

    /// The label of the link as seen from `outgoing` (the event that declares it) or the other end.
    public func label(outgoing: Bool) -> String { outgoing ? rawValue : inverseLabel }
}
