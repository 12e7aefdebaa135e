import Foundation

/// The notes pane's list as screen lines of a given width: each note takes up to three
/// lines (kind and quoted excerpt; the body's first line; tags, backlinks and anchor
/// mark), headings and information take one.
struct NotesPaneLines: Hashable, Sendable {
    /// One screen line.
    struct Line: Hashable, Sendable {
        /// Pieces of text with their styles, left to right from column 0.
        var pieces: [Piece]
        /// The note it belongs to (index into ``NotesPaneModel/items``).
        var item: Int?
    }

    /// A piece of a line.
    struct Piece: Hashable, Sendable {
        /// The text, already cut to fit.
        var text: String
        /// Its style.
        var style: Style
    }

    /// The lines, in order.
    let lines: [Line]

    /// Lays out `model` at `width` columns with `theme`'s styles.
    init(_ model: NotesPaneModel, width: Int, theme: Theme) {
        let width = max(1, width)
        var lines: [Line] = []
        for row in model.rows {
            switch row {
            case .heading(let title):
                lines.append(Line(pieces: [Piece(text: TextFit.truncated("§ " + title, width: width), style: theme.strong)], item: nil))
            case .info(let text):
                lines.append(Line(pieces: [Piece(text: " " + TextFit.truncated(text, width: width - 1), style: theme.dim)], item: nil))
            case .note(let index):
                lines += Self.lines(for: model.items[index], index: index, width: width, theme: theme)
            }
        }
        self.lines = lines
    }

    /// The lines of one note.
    static func lines(for item: NotesPaneItem, index: Int, width: Int, theme: Theme) -> [Line] {
        let indent = "   "
        let textWidth = max(1, width - DisplayWidth.of(indent))
        var first = [Piece(text: " ", style: theme.text), Piece(text: item.kindSymbol, style: theme.annotationStyle(for: item.kind)), Piece(text: " ", style: theme.text)]
        var used = 3
        if let mark = item.statusMark {
            first.append(Piece(text: mark.symbol + " ", style: theme.anchorWarning))
            used += DisplayWidth.of(mark.symbol) + 1
        }
        let excerpt = item.excerpt.isEmpty ? "(no quote)" : "“" + item.excerpt + "”"
        first.append(Piece(text: TextFit.truncated(excerpt, width: max(1, width - used)), style: item.isInView ? theme.text : theme.dim))
        var lines = [Line(pieces: first, item: index)]
        if !item.firstLine.isEmpty {
            lines.append(Line(pieces: [Piece(text: indent, style: theme.text), Piece(text: TextFit.truncated(item.firstLine, width: textWidth), style: theme.text)], item: index))
        }
        var details: [Piece] = []
        func add(_ text: String, _ style: Style) {
            if !details.isEmpty { details.append(Piece(text: " · ", style: theme.dim)) }
            details.append(Piece(text: text, style: style))
        }
        if !item.tags.isEmpty { add(item.tags.map { "#" + $0 }.joined(separator: " "), theme.dim) }
        if let backlinks = item.backlinksText { add(backlinks, theme.dim) }
        if let mark = item.statusMark { add(mark.text, theme.anchorWarning) }
        if let handle = item.handle { add("note:" + handle, theme.dim) }
        if !details.isEmpty {
            lines.append(Line(pieces: [Piece(text: indent, style: theme.text)] + Self.fitted(details, width: textWidth), item: index))
        }
        return lines
    }

    /// `pieces` cut to `width` columns, the last one cut ending in `…`.
    static func fitted(_ pieces: [Piece], width: Int) -> [Piece] {
        var result: [Piece] = []
        var used = 0
        for piece in pieces {
            let pieceWidth = DisplayWidth.of(piece.text)
            if used + pieceWidth <= width {
                result.append(piece)
                used += pieceWidth
            } else {
                if width - used > 0 { result.append(Piece(text: TextFit.truncated(piece.text, width: width - used), style: piece.style)) }
                break
            }
        }
        return result
    }

    /// The range of lines of note `item`.
    func lineRange(ofItem item: Int) -> Range<Int>? {
        guard let first = lines.firstIndex(where: { $0.item == item }) else { return nil }
        var end = first
        while end < lines.count && lines[end].item == item { end += 1 }
        return first..<end
    }

    /// The first line to show so that note `item` is wholly in the `height` lines shown,
    /// moving as little as possible from `top`.
    func top(keeping item: Int?, from top: Int, height: Int) -> Int {
        let rows = max(1, height)
        var result = top
        if let item, let range = lineRange(ofItem: item) {
            if range.upperBound > result + rows { result = range.upperBound - rows }
            if range.lowerBound < result { result = range.lowerBound }
        }
        return max(0, min(result, max(0, lines.count - rows)))
    }

    /// The note shown on `line` (a click), if any.
    func item(atLine line: Int) -> Int? {
        lines.indices.contains(line) ? lines[line].item : nil
    }
}
