import DossierCore

/// How well an annotation's stored anchor fits the current text of its article.
public enum AnchorStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// The passage is where it was made.
    case exact
    /// The passage moved, unchanged, and was found again by its quote and context.
    case reanchored
    /// Only an edited version of the passage was found; the reader should confirm.
    case approximate
    /// No passage can be trusted; the annotation is kept and listed for re-attaching.
    case orphaned

    /// The status an anchor resolution leads to.
    init(_ resolution: AnchorResolution) {
        switch resolution {
        case .exact: self = .exact
        case .reanchored: self = .reanchored
        case .approximate: self = .approximate
        case .orphaned: self = .orphaned
        }
    }

    /// Whether readers should see a mark next to the annotation.
    var needsAttention: Bool { self != .exact }
}
