/// Between plain-text offsets and screen columns of wrapped lines: where the cursor
/// is drawn, which columns a selection or a note covers, which offset a click or an
/// up/down move lands on.
enum LineColumns {
    /// The column of the line at which the character at `offset` is drawn, or `nil`
    /// when the line does not show it (a space dropped at a wrap, another line).
    static func column(of offset: Int, in line: WrappedLine) -> Int? {
        for segment in line.segments {
            guard let source = segment.source else { continue }
            if source.count != segment.text.unicodeScalars.count {
                // An atom (a footnote marker): one piece standing for its range.
                if source.contains(offset) { return segment.column }
                continue
            }
            guard source.contains(offset) else { continue }
            var position = source.lowerBound
            var column = segment.column
            for character in segment.text {
                let scalars = character.unicodeScalars.count
                if offset < position + scalars { return column }
                position += scalars
                column += PrintableText.cell(for: character)?.width ?? 0
            }
        }
        return nil
    }

    /// The columns of the line showing characters of `range`, as runs of adjacent
    /// columns, left to right. A footnote marker inside the range (it stands for no
    /// text) is left out.
    ///
    /// ```swift
    /// for columns in LineColumns.columns(of: note, in: line) {
    ///     buffer.patchStyle(Rect(x: x + columns.lowerBound, y: y, width: columns.count, height: 1), with: theme.noteHighlight)
    /// }
    /// ```
    static func columns(of range: Range<Int>, in line: WrappedLine) -> [Range<Int>] {
        guard !range.isEmpty, let source = line.source, source.overlaps(range) else { return [] }
        var result: [Range<Int>] = []
        for segment in line.segments {
            guard let segmentSource = segment.source else { continue }
            if segmentSource.count != segment.text.unicodeScalars.count {
                if segmentSource.overlaps(range) { append(segment.column..<(segment.column + segment.width), to: &result) }
                continue
            }
            guard segmentSource.overlaps(range) else { continue }
            var position = segmentSource.lowerBound
            var column = segment.column
            for character in segment.text {
                let scalars = character.unicodeScalars.count
                let width = PrintableText.cell(for: character)?.width ?? 0
                if width > 0, range.overlaps(position..<(position + scalars)) {
                    append(column..<(column + width), to: &result)
                }
                position += scalars
                column += width
            }
        }
        return result
    }

    /// The offset shown nearest to `column` on the line: the character under it, else
    /// the last character before it, else the first one after it; `nil` for a line of
    /// decoration only.
    static func offset(nearColumn column: Int, in line: WrappedLine) -> Int? {
        if let exact = line.sourceOffset(atColumn: column) { return exact }
        var before: Int?
        var after: Int?
        for segment in line.segments {
            guard let source = segment.source else { continue }
            if segment.column + segment.width <= column {
                before = lastOffset(of: segment, source: source)
            } else if after == nil {
                after = source.lowerBound
            }
        }
        return before ?? after
    }

    private static func lastOffset(of segment: LineSegment, source: Range<Int>) -> Int {
        guard source.count == segment.text.unicodeScalars.count, let last = segment.text.last else { return source.lowerBound }
        return source.upperBound - last.unicodeScalars.count
    }

    private static func append(_ columns: Range<Int>, to result: inout [Range<Int>]) {
        if let previous = result.last, previous.upperBound >= columns.lowerBound {
            result[result.count - 1] = previous.lowerBound..<max(previous.upperBound, columns.upperBound)
        } else {
            result.append(columns)
        }
    }
}
