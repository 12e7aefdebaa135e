import DossierCore
import DossierNotes
import Foundation

/// One annotation as the notes pane lists it.
struct NotesPaneItem: Hashable, Sendable, Identifiable {
    /// The annotation's id.
    var id: UUID
    /// Highlight, note or question.
    var kind: AnnotationKind
    /// The passage in the article's plain text; `nil` when orphaned (not found).
    var range: TextRange?
    /// The quoted passage on one line (spaces collapsed).
    var excerpt: String
    /// The first non-blank line of the body, without heading marks; empty for a bare highlight.
    var firstLine: String
    /// The annotation's tags, sorted.
    var tags: [String]
    /// How its anchor fitted the text when last re-anchored.
    var status: AnchorStatus
    /// Notes linking to this one.
    var backlinks: Int
    /// Whether its passage is on screen.
    var isInView: Bool
    /// The section holding the passage (index into `Document.sections`), when known.
    var sectionIndex: Int?
    /// Its short handle, for `[[note:k3f9]]` links (``NoteHandles``).
    var handle: String?

    /// Builds the item for `annotation`.
    init(_ annotation: Annotation, backlinks: Int = 0, isInView: Bool = false, sectionIndex: Int? = nil, handle: String? = nil) {
        id = annotation.id
        self.handle = handle
        kind = annotation.kind
        status = annotation.anchorStatus
        if annotation.anchorStatus != .orphaned, let position = annotation.selectors.position?.range, !position.isEmpty {
            range = TextRange(start: position.lowerBound, end: position.upperBound)
        }
        excerpt = annotation.quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let line = annotation.body.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? ""
        firstLine = String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        tags = annotation.tags
        self.backlinks = backlinks
        self.isInView = isInView
        self.sectionIndex = sectionIndex
    }

    /// The symbol before the excerpt: `▪` highlight, `✎` note, `?` question.
    var kindSymbol: String {
        switch kind {
        case .highlight: return "▪"
        case .note: return "✎"
        case .question: return "?"
        }
    }

    /// The mark of an anchor that needs attention, with its explanation: `↻ moved`
    /// (found again elsewhere), `≈ changed` (only an edited passage was found),
    /// `✗ not found` (orphaned); `nil` for an exact anchor.
    var statusMark: (symbol: String, text: String)? {
        switch status {
        case .exact: return nil
        case .reanchored: return ("↻", "moved")
        case .approximate: return ("≈", "text changed, check")
        case .orphaned: return ("✗", "passage not found")
        }
    }

    /// "1 note links here", "3 notes link here"; `nil` for none.
    var backlinksText: String? { BacklinkText.describe(backlinks) }
}
