/// A width and a height in cells.
struct Size: Hashable, Sendable, CustomStringConvertible {
    var width: Int
    var height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    var description: String { "\(width)×\(height)" }
}

/// A position on the screen: column `x`, row `y`, both from 0 at the top left.
struct Point: Hashable, Sendable {
    var x: Int
    var y: Int

    init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A rectangle of cells: the area a view renders into.
///
/// ```swift
/// let screen = Rect(x: 0, y: 0, width: 80, height: 24)
/// let (body, status) = screen.splitRows(bottom: 1)
/// ```
struct Rect: Hashable, Sendable, CustomStringConvertible {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    /// Creates a rectangle; negative sizes are clamped to zero.
    init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the origin with `size`.
    init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    var size: Size { Size(width: width, height: height) }
    /// One past the last column.
    var maxX: Int { x + width }
    /// One past the last row.
    var maxY: Int { y + height }
    var isEmpty: Bool { width == 0 || height == 0 }

    var description: String { "(\(x),\(y) \(width)×\(height))" }

    /// Whether the cell at (`x`, `y`) is inside.
    func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The overlap of two rectangles (empty if none).
    func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The rectangle shrunk by the given margins (never below zero size).
    func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// Splits off `columns` columns on the left (clamped to the width).
    func splitColumns(left columns: Int) -> (left: Rect, right: Rect) {
        let leftWidth = min(max(0, columns), width)
        return (
            Rect(x: x, y: y, width: leftWidth, height: height),
            Rect(x: x + leftWidth, y: y, width: width - leftWidth, height: height)
        )
    }

    /// Splits off `columns` columns on the right (clamped to the width).
    func splitColumns(right columns: Int) -> (left: Rect, right: Rect) {
        splitColumns(left: width - min(max(0, columns), width))
    }

    /// Splits off `rows` rows at the top (clamped to the height).
    func splitRows(top rows: Int) -> (top: Rect, bottom: Rect) {
        let topHeight = min(max(0, rows), height)
        return (
            Rect(x: x, y: y, width: width, height: topHeight),
            Rect(x: x, y: y + topHeight, width: width, height: height - topHeight)
        )
    }

    /// Splits off `rows` rows at the bottom (clamped to the height).
    func splitRows(bottom rows: Int) -> (top: Rect, bottom: Rect) {
        splitRows(top: height - min(max(0, rows), height))
    }

    /// The row `index` of this rectangle (a rectangle of height 1), relative to `y`.
    func row(_ index: Int) -> Rect {
        Rect(x: x, y: y + index, width: width, height: index >= 0 && index < height ? 1 : 0)
    }
}
