/// What an annotation is: a bare highlight, a note, or a question to follow up.
public enum AnnotationKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A marked passage; the body is usually empty.
    case highlight
    /// A comment on the passage, in Markdown.
    case note
    /// An open question about the passage, in Markdown.
    case question

    /// The W3C Web Annotation motivation for this kind.
    var motivation: String {
        switch self {
        case .highlight: return "highlighting"
        case .note: return "commenting"
        case .question: return "questioning"
        }
    }

    /// The kind for a W3C motivation or body purpose, if it maps to one.
    public init?(motivation: String) {
        switch motivation {
        case "highlighting", "bookmarking": self = .highlight
        case "commenting", "describing", "classifying", "editing", "linking", "assessing": self = .note
        case "questioning", "replying": self = .question
        default: return nil
        }
    }
}
