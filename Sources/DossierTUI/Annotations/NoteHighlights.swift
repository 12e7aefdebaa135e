import DossierCore
import DossierNotes
import Foundation

/// The passages of an article that carry annotations, sorted for quick lookup by
/// line: what the reading pane highlights. Orphaned annotations have no passage and
/// are left out (the notes pane lists them).
struct NoteHighlights: Hashable, Sendable {
    /// One annotated passage.
    struct Entry: Hashable, Sendable {
        /// The annotation.
        var id: UUID
        /// Its kind, which decides the style.
        var kind: AnnotationKind
        /// Its passage in the plain text.
        var range: Range<Int>
        /// How its anchor fitted the text.
        var status: AnchorStatus
    }

    /// The passages, by start offset.
    let entries: [Entry]
    /// The largest passage length, bounding how far back a lookup looks.
    private let longest: Int

    /// The passages of `annotations` (their current positions, as re-anchored).
    init(_ annotations: [Annotation]) {
        var entries: [Entry] = []
        for annotation in annotations where annotation.anchorStatus != .orphaned {
            guard let range = annotation.selectors.position?.range, !range.isEmpty else { continue }
            entries.append(Entry(id: annotation.id, kind: annotation.kind, range: range, status: annotation.anchorStatus))
        }
        self.entries = entries.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        self.longest = entries.map(\.range.count).max() ?? 0
    }

    /// Whether no passage is annotated.
    var isEmpty: Bool { entries.isEmpty }

    /// The passages overlapping `range`, by start offset.
    func entries(overlapping range: Range<Int>) -> [Entry] {
        guard !entries.isEmpty, !range.isEmpty else { return [] }
        // The first entry that could reach `range`: starting at most `longest` before it.
        var low = 0
        var high = entries.count
        let earliest = range.lowerBound - longest
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].range.lowerBound < earliest { low = mid + 1 } else { high = mid }
        }
        var result: [Entry] = []
        var index = low
        while index < entries.count && entries[index].range.lowerBound < range.upperBound {
            if entries[index].range.overlaps(range) { result.append(entries[index]) }
            index += 1
        }
        return result
    }

    /// The annotations whose passage holds `offset` (the cursor), by start offset.
    func entries(at offset: Int) -> [Entry] {
        entries(overlapping: offset..<(offset + 1))
    }
}
