import DossierCore

/// A selection in the reading pane: started with `v` at the cursor (the anchor),
/// grown or shrunk by moving the cursor. Both ends are included, as in vi's visual
/// mode: the selected text runs from the first end to the end of the character
/// under the other.
///
/// While the cursor is at or after the anchor, sentence and paragraph motions land on
/// the last character of a sentence or block, so `v` `)` `)` selects two whole
/// sentences; while it is before the anchor they land on first characters. Word and
/// character motions move the cursor as they do outside a selection; snap with
/// ``snappedRange(in:)`` before attaching a note so that quotes are whole words.
///
/// ```swift
/// var selection = Selection(at: cursor)
/// selection = selection.extended(by: .sentenceForward, in: text)
/// let quote = selection.snappedRange(in: text)
/// ```
struct Selection: Hashable, Sendable {
    /// Where the selection was started.
    var anchor: Int
    /// The moving end.
    var cursor: TextCursor

    /// A selection of the one character under `cursor`.
    init(at cursor: TextCursor) {
        self.anchor = cursor.offset
        self.cursor = TextCursor(offset: cursor.offset)
    }

    /// A selection from `anchor` to `cursor` (a mouse drag from press to release).
    init(anchor: Int, cursor: Int) {
        self.anchor = anchor
        self.cursor = TextCursor(offset: cursor)
    }

    /// A selection of the whole `unit` (word, sentence, paragraph) holding `offset`,
    /// anchored at its start with the cursor on its last character: what a double
    /// click, or a "select this sentence" key, makes. `nil` for a text without blocks.
    ///
    /// ```swift
    /// Selection(covering: .sentence, at: cursor.offset, in: text)   // then `a` to annotate it
    /// ```
    init?(covering unit: TextUnit, at offset: Int, in text: SelectableText) {
        guard let range = text.range(of: unit, containing: offset) else { return nil }
        self.init(anchor: range.start, cursor: text.stop(nearest: range.end - 1))
    }

    /// The same text with the ends swapped (vi's `o` in visual mode): the cursor goes to
    /// where the anchor was, so that end can move. `v` `(` `o` `)` selects the whole
    /// sentence the cursor was in.
    func swappingEnds() -> Selection {
        Selection(anchor: cursor.offset, cursor: anchor)
    }

    /// The selected text's range: from the earlier end to the end of the character at
    /// the later one.
    func range(in text: SelectableText) -> TextRange {
        let start = min(anchor, cursor.offset)
        let last = max(anchor, cursor.offset)
        return TextRange(start: start, end: max(start, text.clusterEnd(at: last)))
    }

    /// ``range(in:)`` grown to whole words and trimmed of spaces (see
    /// ``SelectableText/snappedToWords(_:)``): what `h` and `a` attach to.
    func snappedRange(in text: SelectableText) -> TextRange? {
        text.snappedToWords(range(in: text))
    }

    /// The selection with its cursor moved by `motion`.
    func extended(by motion: TextMotion, in text: SelectableText) -> Selection {
        var copy = self
        copy.cursor = TextCursor(offset: target(of: motion, in: text))
        return copy
    }

    /// The selection with its cursor moved `delta` lines (arrows, `j`/`k`).
    func extended<Lines: RandomAccessCollection<WrappedLine>>(
        lines delta: Int, in lines: Lines, index: LineSourceIndex, text: SelectableText
    ) -> Selection where Lines.Index == Int {
        var copy = self
        copy.cursor = cursor.moved(lines: delta, in: lines, index: index, text: text)
        return copy
    }

    /// The selection with its cursor at `offset` (a mouse drag).
    func extended(to offset: Int, in text: SelectableText) -> Selection {
        var copy = self
        copy.cursor = TextCursor(offset: text.stop(nearest: offset))
        return copy
    }

    /// Where the cursor goes for `motion` (see the type's discussion).
    private func target(of motion: TextMotion, in text: SelectableText) -> Int {
        let position = cursor.offset
        switch motion {
        case .sentenceForward, .paragraphForward:
            if position >= anchor { return text.endTarget(of: motion, from: position) ?? position }
            let start = text.target(of: motion, from: position)
            // Crossing the anchor turns the selection round: end at the anchor's unit end.
            return start > anchor ? max(anchor, text.unitEnd(for: motion, containing: anchor) ?? anchor) : start
        case .sentenceBackward, .paragraphBackward:
            if position <= anchor { return text.target(of: motion, from: position) }
            guard let end = text.endTarget(of: motion, from: position), end >= anchor else {
                return min(anchor, text.unitStart(for: motion, containing: anchor) ?? anchor)
            }
            return end
        default:
            return text.target(of: motion, from: position)
        }
    }
}
