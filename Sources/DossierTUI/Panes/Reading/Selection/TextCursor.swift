/// The reading pane's text cursor: a plain-text offset (the start of a grapheme
/// cluster inside a block) and the column up/down moves aim for.
///
/// ```swift
/// var cursor = TextCursor(offset: text.firstStop)
/// cursor = cursor.moved(.wordForward, in: text)
/// cursor = cursor.moved(lines: 1, in: layout.wrapped, index: layout.sourceIndex, text: text)
/// ```
struct TextCursor: Hashable, Sendable {
    /// The scalar offset of the character under the cursor.
    var offset: Int
    /// The column up/down moves keep to, set by the first of a run of them and
    /// forgotten by any other move (as in vi).
    var goalColumn: Int?

    /// A cursor at `offset` (callers snap it with ``SelectableText/stop(nearest:)``).
    init(offset: Int, goalColumn: Int? = nil) {
        self.offset = offset
        self.goalColumn = goalColumn
    }

    /// The cursor after `motion`.
    func moved(_ motion: TextMotion, in text: SelectableText) -> TextCursor {
        TextCursor(offset: text.target(of: motion, from: offset))
    }

    /// The cursor moved `delta` lines down (up when negative) through `lines` (the
    /// laid-out article, in screen order), skipping lines without text, to the
    /// character nearest the goal column. Stays put when there is no such line.
    /// The cursor's line is found through `index` (built from `lines`), not by a scan:
    /// an article of tens of thousands of lines moves as fast as a short one.
    func moved<Lines: RandomAccessCollection<WrappedLine>>(
        lines delta: Int, in lines: Lines, index lineIndex: LineSourceIndex, text: SelectableText
    ) -> TextCursor where Lines.Index == Int {
        guard delta != 0, let current = lineIndex.lineDrawing(offset, in: lines) else { return self }
        let goal = goalColumn ?? LineColumns.column(of: offset, in: lines[current]) ?? 0
        var index = current
        var remaining = abs(delta)
        // Each line is made once (the lines are wrapped when read): its offset nearest the
        // goal is kept, not looked up again on the line landed on.
        var landed: Int?
        while remaining > 0 {
            index += delta > 0 ? 1 : -1
            guard lines.indices.contains(index) else { break }
            let line = lines[index]
            guard line.source != nil, let near = LineColumns.offset(nearColumn: goal, in: line) else { continue }
            landed = near
            remaining -= 1
        }
        guard let newOffset = landed else { return self }
        return TextCursor(offset: text.stop(nearest: newOffset), goalColumn: goal)
    }

    /// The cursor on the character shown at `column` of `line` (a click), if any.
    static func at(column: Int, of line: WrappedLine, text: SelectableText) -> TextCursor? {
        LineColumns.offset(nearColumn: column, in: line).map { TextCursor(offset: text.stop(nearest: $0)) }
    }
}
