import DossierCore
import DossierNotes
import Foundation

/// A stretch of a line to draw in an annotation's style.
struct HighlightSpan: Hashable, Sendable {
    /// The plain-text range of the stretch.
    var source: Range<Int>
    /// The columns of the line it covers (runs of adjacent columns).
    var columns: [Range<Int>]
    /// The kind shown: where annotations overlap, a question wins over a note, a note
    /// over a highlight.
    var kind: AnnotationKind
    /// The annotations covering it.
    var ids: [UUID]
    /// The style to lay over the text.
    var style: Style
}

/// The note, highlight and question styles of one line of the reading pane.
///
/// `WrappedLine.render(into:at:maxWidth:patch:)` patches whole segments, and a
/// paragraph's line is often one segment; so the reading view draws the line as usual
/// and then lays each span's style over its columns with ``apply(_:to:origin:maxWidth:)``
/// (the same is done for the selection with ``LineColumns/columns(of:in:)``).
///
/// ```swift
/// line.render(into: &buffer, at: origin, maxWidth: width)
/// HighlightSpans.apply(HighlightSpans.spans(for: line, highlights: highlights, theme: theme),
///                      to: &buffer, origin: origin, maxWidth: width)
/// ```
enum HighlightSpans {
    /// The parts of `source` (a line's plain-text range) covered by annotations, split
    /// where the set of annotations changes, in order, each with the kind that shows.
    static func sourceSpans(in source: Range<Int>, highlights: NoteHighlights) -> [(range: Range<Int>, kind: AnnotationKind, ids: [UUID])] {
        let entries = highlights.entries(overlapping: source)
        guard !entries.isEmpty else { return [] }
        var cuts = Set([source.lowerBound, source.upperBound])
        for entry in entries {
            cuts.insert(max(source.lowerBound, entry.range.lowerBound))
            cuts.insert(min(source.upperBound, entry.range.upperBound))
        }
        let points = cuts.sorted()
        var result: [(range: Range<Int>, kind: AnnotationKind, ids: [UUID])] = []
        for (start, end) in zip(points, points.dropFirst()) where start < end {
            let covering = entries.filter { $0.range.lowerBound <= start && $0.range.upperBound >= end }
            guard let kind = covering.map(\.kind).max(by: { priority($0) < priority($1) }) else { continue }
            let ids = covering.map(\.id)
            if let last = result.last, last.range.upperBound == start, last.kind == kind, last.ids == ids {
                result[result.count - 1].range = last.range.lowerBound..<end
            } else {
                result.append((start..<end, kind, ids))
            }
        }
        return result
    }

    /// The spans of `line`, with their columns and styles from `theme`.
    static func spans(for line: WrappedLine, highlights: NoteHighlights, theme: Theme) -> [HighlightSpan] {
        guard let source = line.source, !highlights.isEmpty else { return [] }
        return sourceSpans(in: source, highlights: highlights).compactMap { span in
            let columns = LineColumns.columns(of: span.range, in: line)
            guard !columns.isEmpty else { return nil }
            return HighlightSpan(source: span.range, columns: columns, kind: span.kind, ids: span.ids, style: theme.annotationStyle(for: span.kind))
        }
    }

    /// A patch for `WrappedLine.render(into:at:maxWidth:patch:)` that styles every
    /// segment overlapping an annotation — whole segments only; prefer
    /// ``apply(_:to:origin:maxWidth:)`` for exact extents.
    static func segmentPatch(highlights: NoteHighlights, theme: Theme) -> (LineSegment) -> Style? {
        { segment in
            guard let source = segment.source, !source.isEmpty else { return nil }
            let kinds = highlights.entries(overlapping: source).map(\.kind)
            return kinds.max { priority($0) < priority($1) }.map(theme.annotationStyle(for:))
        }
    }

    /// Lays each span's style over its columns of the line drawn at `origin`.
    static func apply(_ spans: [HighlightSpan], to buffer: inout ScreenBuffer, origin: Point, maxWidth: Int = .max) {
        for span in spans {
            for columns in span.columns where columns.lowerBound < maxWidth {
                let width = min(columns.upperBound, maxWidth) - columns.lowerBound
                buffer.patchStyle(Rect(x: origin.x + columns.lowerBound, y: origin.y, width: width, height: 1), with: span.style)
            }
        }
    }

    /// Lays `style` over the columns of `line` (drawn at `origin`) that show `range`:
    /// how the reading view shows a selection.
    static func apply(_ style: Style, over range: Range<Int>, of line: WrappedLine, to buffer: inout ScreenBuffer, origin: Point, maxWidth: Int = .max) {
        for columns in LineColumns.columns(of: range, in: line) where columns.lowerBound < maxWidth {
            let width = min(columns.upperBound, maxWidth) - columns.lowerBound
            buffer.patchStyle(Rect(x: origin.x + columns.lowerBound, y: origin.y, width: width, height: 1), with: style)
        }
    }

    /// Which kind shows where annotations overlap.
    static func priority(_ kind: AnnotationKind) -> Int {
        switch kind {
        case .highlight: return 0
        case .note: return 1
        case .question: return 2
        }
    }
}
