/// The resolved mentions of one article ordered by position, answering "which tellings lie in
/// this passage?" in logarithmic time plus the size of the answer.
struct PassageIndex: Sendable {
    /// One resolved mention: its range and where it is in `Timeline.events`.
    struct Entry: Hashable, Sendable {
        var range: TextRange
        var event: Int
        var mention: Int
    }

    /// Sorted by range start, then end.
    private let entries: [Entry]
    /// The longest range, which bounds how far before a passage an overlapping entry can start.
    private let longest: Int

    init(_ entries: [Entry]) {
        self.entries = entries.sorted { ($0.range.start, $0.range.end, $0.event, $0.mention) < ($1.range.start, $1.range.end, $1.event, $1.mention) }
        longest = entries.map(\.range.length).max() ?? 0
    }

    /// The entries whose range overlaps `range` (for an empty `range`: contains its offset), in text order.
    func overlapping(_ range: TextRange) -> [Entry] {
        let from = firstIndex(startingAtOrAfter: range.start - longest)
        var result: [Entry] = []
        var index = from
        while index < entries.count, entries[index].range.start <= range.end {
            if entries[index].range.overlaps(range) { result.append(entries[index]) }
            index += 1
        }
        return result
    }

    /// Every entry in text order.
    var all: [Entry] { entries }

    private func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].range.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
