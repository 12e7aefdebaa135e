/// The lines of a layout ordered by the plain-text offset they start at, so that the
/// lines holding an offset are found by binary search instead of a scan of every line
/// (a search with thousands of hits in an article of thousands of lines asks thousands
/// of times). Built once per layout; lines are not in offset order (footnotes follow
/// each section, header and blank lines have no offset), hence the separate order.
struct LineSourceIndex: Sendable {
    /// Every line's range (`nil`: a blank or decoration line), shared with the layout.
    private let sources: [Range<Int>?]
    /// The lines with a range, by (start offset, line index).
    private let order: [Int]
    /// `reach[i]`: the largest end among the lines `order[0...i]`; it bounds how far back a
    /// line holding an offset can sit, whatever the lines' ranges.
    private let reach: [Int]

    /// The index of lines whose ranges are `sources`, in line order.
    init(_ sources: [Range<Int>?]) {
        var order = sources.indices.filter { sources[$0] != nil }
        order.sort { (sources[$0]?.lowerBound ?? 0, $0) < (sources[$1]?.lowerBound ?? 0, $1) }
        var reach: [Int] = []
        reach.reserveCapacity(order.count)
        var furthest = Int.min
        for line in order {
            furthest = max(furthest, sources[line]?.upperBound ?? furthest)
            reach.append(furthest)
        }
        self.sources = sources
        self.order = order
        self.reach = reach
    }

    /// The range of the line at `position` in ``order``.
    private func source(at position: Int) -> Range<Int> {
        sources[order[position]] ?? 0..<0
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
    func lineDrawing<Lines: RandomAccessCollection<WrappedLine>>(_ offset: Int, in lines: Lines) -> Int? where Lines.Index == Int {
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

    /// For each of `offsets`, ``firstLine(holding:emptyAtOffset:)`` (with `emptyAtOffset`), else
    /// ``line(startingAfter:)``: the lines of a search's matches. For offsets in ascending order
    /// the place in the order moves on with them instead of being searched for each (an offset
    /// lower than the one before is searched for).
    func firstLines(holdingElseAfter offsets: [Int]) -> [Int?] {
        var result: [Int?] = []
        result.reserveCapacity(offsets.count)
        var after = 0
        var previous = Int.min
        for offset in offsets {
            if offset < previous {
                after = firstEntry(startingAfter: offset)
            } else {
                while after < order.count && source(at: after).lowerBound <= offset { after += 1 }
            }
            previous = offset
            var first: Int?
            forEachLine(holding: offset, emptyAtOffset: true, before: after) { first = min(first ?? $0, $0) }
            result.append(first ?? (after < order.count ? order[after] : nil))
        }
        return result
    }

    /// Every line holding `offset`, in no particular order. Only the lines starting at or
    /// before it can, and of those only back to where no earlier line reaches past it.
    /// `before`: the position in ``order`` of the first line starting after `offset`, when known.
    private func forEachLine(holding offset: Int, emptyAtOffset: Bool, before: Int? = nil, _ body: (Int) -> Void) {
        var index = (before ?? firstEntry(startingAfter: offset)) - 1
        while index >= 0, reach[index] > offset || source(at: index).lowerBound == offset {
            let source = source(at: index)
            if source.contains(offset) || (emptyAtOffset && source.isEmpty && source.lowerBound == offset) {
                body(order[index])
            }
            index -= 1
        }
    }

    /// The line starting first after `offset` (the earliest line among equals), if any.
    func line(startingAfter offset: Int) -> Int? {
        let index = firstEntry(startingAfter: offset)
        return index < order.count ? order[index] : nil
    }

    /// The position in ``order`` of the first line starting after `offset`.
    private func firstEntry(startingAfter offset: Int) -> Int {
        var low = 0
        var high = order.count
        while low < high {
            let middle = (low + high) / 2
            if source(at: middle).lowerBound <= offset {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
