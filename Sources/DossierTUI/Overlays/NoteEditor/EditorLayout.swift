/// An ``EditorText`` wrapped to a width: the screen rows of the editor, and the way
/// between text positions and rows and columns.
///
/// Lines wrap with ``LineWrapper`` (at spaces, after hyphens, between CJK characters);
/// a line's leading spaces are kept and indent its continuation rows, so Markdown
/// lists and indented text read as written.
struct EditorLayout: Hashable, Sendable {
    /// One screen row of the editor.
    struct Row: Hashable, Sendable {
        /// The text line it shows part of.
        var line: Int
        /// The wrapped row; segment sources are scalar offsets into the text line.
        var wrapped: WrappedLine
        /// The first scalar offset of the line this row shows.
        var start: Int
    }

    /// The width rows were wrapped to.
    let width: Int
    /// Every row, in order.
    let rows: [Row]

    /// Wraps `text` to `width` columns (at least 1) in `style`.
    init(_ text: EditorText, width: Int, style: Style = .plain) {
        self.width = max(1, width)
        var rows: [Row] = []
        for (lineIndex, line) in text.lines.enumerated() {
            let indentLength = line.unicodeScalars.prefix { $0 == " " }.count
            let indent = String(repeating: " ", count: indentLength)
            let content = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(indentLength)))
            let wrapper = LineWrapper(width: self.width, firstPrefix: indent.isEmpty ? [] : [StyledRun(indent)])
            var wrapped = wrapper.wrap(content.isEmpty ? [] : [StyledRun(content, style: style, source: .text(start: indentLength))])
            if wrapped.isEmpty { wrapped = [WrappedLine(segments: [], source: nil)] }
            var previousEnd = 0
            for (index, row) in wrapped.enumerated() {
                let start = index == 0 ? 0 : (row.source?.lowerBound ?? previousEnd)
                previousEnd = row.source?.upperBound ?? previousEnd
                rows.append(Row(line: lineIndex, wrapped: row, start: start))
            }
        }
        self.rows = rows
    }

    /// The row and column where `position` is drawn.
    func location(of position: EditorPosition, in text: EditorText) -> (row: Int, column: Int) {
        guard let first = rows.firstIndex(where: { $0.line == position.line }) else { return (0, 0) }
        var rowIndex = first
        while rowIndex + 1 < rows.count && rows[rowIndex + 1].line == position.line && rows[rowIndex + 1].start <= position.offset {
            rowIndex += 1
        }
        let row = rows[rowIndex]
        if let column = LineColumns.column(of: position.offset, in: row.wrapped) {
            return (rowIndex, column)
        }
        // In the leading indent, or past the row's last character (the line's end, or
        // spaces dropped at a wrap): count columns from what is shown.
        let line = text.lines[position.line]
        let indentLength = line.unicodeScalars.prefix { $0 == " " }.count
        if rowIndex == first && position.offset <= indentLength { return (rowIndex, min(position.offset, width - 1)) }
        let shownEnd = row.wrapped.segments.last?.source?.upperBound ?? row.start
        let column = row.wrapped.width + max(0, position.offset - max(shownEnd, row.start))
        return (rowIndex, min(column, width - 1))
    }

    /// The text position nearest to `column` on `row` (an up/down move, a click).
    func position(row rowIndex: Int, column: Int, in text: EditorText) -> EditorPosition {
        let clamped = max(0, min(rowIndex, rows.count - 1))
        guard rows.indices.contains(clamped) else { return EditorPosition(line: 0, offset: 0) }
        let row = rows[clamped]
        let line = text.lines[row.line]
        let isLastRowOfLine = clamped + 1 >= rows.count || rows[clamped + 1].line != row.line
        if let offset = row.wrapped.sourceOffset(atColumn: column) {
            return EditorPosition(line: row.line, offset: offset)
        }
        if column >= row.wrapped.width {
            // Right of the text: the row's end (the line's end on its last row, else
            // the last character, so that the cursor stays on this row).
            if isLastRowOfLine { return EditorPosition(line: row.line, offset: line.unicodeScalars.count) }
            guard let shownEnd = row.wrapped.segments.last?.source?.upperBound else { return EditorPosition(line: row.line, offset: row.start) }
            return EditorPosition(line: row.line, offset: EditorText.previousBoundary(before: shownEnd, in: line))
        }
        // Left of the text, in the indent.
        return EditorPosition(line: row.line, offset: row.start == 0 ? min(column, line.unicodeScalars.prefix { $0 == " " }.count) : row.start)
    }
}
