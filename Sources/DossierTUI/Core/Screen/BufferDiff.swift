/// One cell to write to the terminal: the result of comparing two frames.
struct CellChange: Hashable, Sendable {
    var x: Int
    var y: Int
    var cell: Cell

    init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

extension ScreenBuffer {
    /// The cells of `new` that differ from `old`, in row-major order: what a terminal
    /// writes to go from one frame to the next. Continuation cells are never listed
    /// (writing a wide cluster covers them); when a continuation cell is replaced by
    /// something else, that cell is listed. With no `old` frame, or one of another
    /// size, every cell is listed.
    ///
    /// ```swift
    /// let changes = ScreenBuffer.diff(from: previousFrame, to: frame)
    /// ```
    static func diff(from old: ScreenBuffer?, to new: ScreenBuffer) -> [CellChange] {
        var changes: [CellChange] = []
        let comparable = old.map { $0.width == new.width && $0.height == new.height } ?? false
        for row in 0..<new.height {
            for column in 0..<new.width {
                let index = row * new.width + column
                let cell = new.cells[index]
                if cell.isContinuation { continue }
                if comparable, let old, old.cells[index] == cell {
                    // A wide cluster whose right half was overwritten in the old frame
                    // cannot happen: old continuation cells always follow their head.
                    continue
                }
                changes.append(CellChange(x: column, y: row, cell: cell))
            }
        }
        return changes
    }
}
