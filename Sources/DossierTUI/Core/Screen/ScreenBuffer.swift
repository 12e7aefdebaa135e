/// A rectangle of cells that views render into; the terminal shows finished buffers.
///
/// Text enters only through ``put(_:x:y:style:maxWidth:)``, which passes every cluster
/// through ``PrintableText`` — so nothing from Content can reach the terminal as a
/// control sequence — and keeps wide clusters whole: a wide cluster covers two cells
/// (the second a continuation), and one that does not fit before the right edge or the
/// clip width becomes a space.
///
/// ```swift
/// var buffer = ScreenBuffer(width: 10, height: 1)
/// buffer.put("Карачи 中", x: 0, y: 0)
/// buffer.textLines()   // ["Карачи 中"]
/// ```
struct ScreenBuffer: Hashable, Sendable {
    /// Columns.
    let width: Int
    /// Rows.
    let height: Int
    /// Row-major cells, `width * height` of them.
    private(set) var cells: [Cell]

    /// A buffer filled with `fill` (blank cells by default).
    init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill.isContinuation ? .blank : fill, count: self.width * self.height)
    }

    /// A blank buffer of `size`.
    init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    /// A buffer holding `lines` in the plain style, one per row, padded or clipped to
    /// `width` (by default the widest line's display width). Handy in tests.
    init(lines: [String], width: Int? = nil) {
        let columns = width ?? lines.map { DisplayWidth.of($0) }.max() ?? 0
        self.init(width: columns, height: lines.count)
        for (row, line) in lines.enumerated() {
            put(line, x: 0, y: row)
        }
    }

    /// The whole buffer as a rectangle at the origin.
    var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The buffer's size.
    var size: Size { Size(width: width, height: height) }

    /// The cell at column `x`, row `y` (both must be inside the buffer).
    subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x),\(y)) outside \(width)×\(height)")
        return cells[y * width + x]
    }

    /// Writes `text` from column `x` of row `y` in `style`, clipped to `maxWidth`
    /// columns and to the buffer; returns the number of columns written.
    ///
    /// Clusters are stored as ``PrintableText/cell(for:)`` says (controls become
    /// U+FFFD, bidi controls and zero-width clusters are dropped). A wide cluster that
    /// does not fit in the remaining columns is written as one space and ends the text.
    /// Overwriting half of a wide cluster blanks its other half.
    @discardableResult
    mutating func put<S: StringProtocol>(_ text: S, x: Int, y: Int, style: Style = .plain, maxWidth: Int = .max) -> Int {
        guard y >= 0 && y < height && maxWidth > 0 else { return 0 }
        let limit = x > width ? width : min(width, x + min(maxWidth, width - x))
        var column = x
        for character in text {
            if column >= limit { break }
            guard let printable = PrintableText.cell(for: character) else { continue }
            let cellWidth = printable.width
            if column < 0 {
                // Clipped on the left: a wide cluster straddling column 0 leaves a space.
                if column + cellWidth > 0 { store(.blank(style), x: 0, y: y) }
                column += cellWidth
                continue
            }
            if column + cellWidth > limit {
                store(.blank(style), x: column, y: y)
                column += 1
                break
            }
            store(Cell(uncheckedSymbol: String(printable.character), width: cellWidth, style: style), x: column, y: y)
            column += cellWidth
        }
        return max(0, column - max(x, 0))
    }

    /// Writes `text` at `point`; see ``put(_:x:y:style:maxWidth:)``.
    @discardableResult
    mutating func put<S: StringProtocol>(_ text: S, at point: Point, style: Style = .plain, maxWidth: Int = .max) -> Int {
        put(text, x: point.x, y: point.y, style: style, maxWidth: maxWidth)
    }

    /// Fills `rect` (clipped to the buffer) with `character` in `style`; a
    /// non-printable or wide character fills with spaces.
    mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        let cell: Cell
        if let candidate = Cell(character, style: style), candidate.width == 1 {
            cell = candidate
        } else {
            cell = .blank(style)
        }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                store(cell, x: column, y: row)
            }
        }
    }

    /// Lays `style` over the style of every cell in `rect` (see ``Style/patched(with:)``),
    /// keeping the text: how search hits, selections and note highlights are shown.
    mutating func patchStyle(_ rect: Rect, with style: Style) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].style = cells[row * width + column].style.patched(with: style)
            }
        }
    }

    /// Replaces the style of every cell in `rect` with `style`, keeping the text.
    mutating func setStyle(_ rect: Rect, to style: Style) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].style = style
            }
        }
    }

    /// Each row as text (continuation cells skipped, trailing spaces trimmed): what
    /// golden tests compare with.
    func textLines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = cells[row * width + column]
                if !cell.isContinuation { line += cell.symbol }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The rows joined with newlines, for readable test failures.
    var text: String { textLines().joined(separator: "\n") }

    /// Stores a checked cell of width 1 or 2 that fits, repairing wide clusters it cuts.
    private mutating func store(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0 && x + cell.width <= width && y >= 0 && y < height else { return }
        let index = y * width + x
        if cells[index].isContinuation && x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        let after = x + cell.width
        if after < width && cells[y * width + after].isContinuation {
            cells[y * width + after] = .blank(cells[y * width + after].style)
        }
        cells[index] = cell
        if cell.width == 2 {
            cells[index + 1] = .continuation(cell.style)
        }
    }
}
