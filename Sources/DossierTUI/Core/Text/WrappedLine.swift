/// A stretch of one wrapped line in one style.
struct LineSegment: Hashable, Sendable {
    var text: String
    var style: Style
    /// The column where the segment starts, from the start of the line.
    var column: Int
    /// Its display width.
    var width: Int
    /// The plain-text range it shows (`nil` for decoration such as a list number).
    var source: Range<Int>?
    var attachment: RunAttachment?
}

/// One screen line of wrapped text: what ``LineWrapper`` produces and views draw.
struct WrappedLine: Hashable, Sendable {
    /// The segments, left to right.
    var segments: [LineSegment]
    /// The plain-text range this line covers, including spaces dropped at its end by
    /// the wrap; `nil` for a line of decoration only.
    var source: Range<Int>?

    init(segments: [LineSegment], source: Range<Int>?) {
        self.segments = segments
        self.source = source
    }

    /// The display width of the line.
    var width: Int {
        segments.last.map { $0.column + $0.width } ?? 0
    }

    /// The line's text without styles.
    var text: String {
        var result = ""
        for segment in segments {
            while DisplayWidth.of(result) < segment.column { result += " " }
            result += segment.text
        }
        return result
    }

    /// Draws the line into `buffer` with its first column at `origin`, clipped to
    /// `maxWidth` columns; `patch` lays an extra style over the segments it returns
    /// one for (search hits, selection).
    func render(into buffer: inout ScreenBuffer, at origin: Point, maxWidth: Int = .max, patch: ((LineSegment) -> Style?)? = nil) {
        for segment in segments where segment.column < maxWidth {
            var style = segment.style
            if let extra = patch?(segment) { style = style.patched(with: extra) }
            buffer.put(segment.text, x: origin.x + segment.column, y: origin.y, style: style, maxWidth: maxWidth - segment.column)
        }
    }

    /// The plain-text offset shown at `column`, for a click or a cursor; `nil` when the
    /// column shows decoration or nothing.
    func sourceOffset(atColumn column: Int) -> Int? {
        guard let segment = segments.first(where: { column >= $0.column && column < $0.column + $0.width }),
              let source = segment.source else { return nil }
        guard source.count == segment.text.unicodeScalars.count else { return source.lowerBound }
        var offset = source.lowerBound
        var x = segment.column
        for character in segment.text {
            let width = PrintableText.cell(for: character)?.width ?? 0
            if column < x + width { return offset }
            x += width
            offset += character.unicodeScalars.count
        }
        return source.lowerBound
    }
}
