/// The lines of a layout ordered by the plain-text offset they start at, so that the
/// lines holding an offset are found by binary search instead of a scan of every line
/// (a search with thousands of hits in an article of thousands of lines asks thousands
/// of times). Built once per layout; lines are not in offset order (footnotes follow
/// each section, header and blank lines have no offset), hence the separate order.
struct LineSourceIndex: Sendable {
    private struct Entry: Sendable {
        var source: Range<Int>
        var line: Int
    }

    /// Lines with a source, by (start offset, line index).
    private let entries: [Entry]
    /// `reach[i]`: the largest end among `entries[0...i]`; it bounds how far back a line
    /// holding an offset can sit, whatever the lines' ranges.
    private let reach: [Int]

    init(_ lines: [WrappedLine]) {
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if let source = line.source { entries.append(Entry(source: source, line: index)) }
        }
        entries.sort { ($0.source.lowerBound, $0.line) < ($1.source.lowerBound, $1.line) }
        var reach: [Int] = []
        reach.reserveCapacity(entries.count)
        var furthest = Int.min
        for entry in entries {
            furthest = max(furthest, entry.source.upperBound)
            reach.append(furthest)
        }
        self.entries = entries
        self.reach = reach
    }

    /// The lines whose range holds `offset`, in line order.
    func lines(holding offset: Int) -> [Int] {
        var result: [Int] = []
        forEachLine(holding: offset, emptyAtOffset: false) { result.append($0) }
        return result.sorted()
    }

    /// The line that draws the character at `offset` (a cursor's line): the first line
    /// holding it that shows it, else the first holding it (a space dropped at a wrap);
    /// `nil` when no line holds it. `lines` are the lines this index was built from.
    func lineDrawing(_ offset: Int, in lines: [WrappedLine]) -> Int? {
        let holding = self.lines(holding: offset)
        return holding.first { LineColumns.column(of: offset, in: lines[$0]) != nil } ?? holding.first
    }

    /// The first line whose range holds `offset` or, with `emptyAtOffset`, is empty and
    /// starts at it (a line showing only a footnote marker).
    func firstLine(holding offset: Int, emptyAtOffset: Bool) -> Int? {
        var first: Int?
        forEachLine(holding: offset, emptyAtOffset: emptyAtOffset) { first = min(first ?? $0, $0) }
        return first
    }

    /// Every line holding `offset`, in no particular order. Only the lines starting at or
    /// before it can, and of those only back to where no earlier line reaches past it.
    private func forEachLine(holding offset: Int, emptyAtOffset: Bool, _ body: (Int) -> Void) {
        var index = firstEntry(startingAfter: offset) - 1
        while index >= 0, reach[index] > offset || entries[index].source.lowerBound == offset {
            let source = entries[index].source
            if source.contains(offset) || (emptyAtOffset && source.isEmpty && source.lowerBound == offset) {
                body(entries[index].line)
            }
            index -= 1
        }
    }

    /// The line starting first after `offset` (the earliest line among equals), if any.
    func line(startingAfter offset: Int) -> Int? {
        let index = firstEntry(startingAfter: offset)
        return index < entries.count ? entries[index].line : nil
    }

    /// The position in ``entries`` of the first entry starting after `offset`.
    private func firstEntry(startingAfter offset: Int) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].source.lowerBound <= offset {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
