/// Finds every occurrence of many short needles in one long text quickly: the positions of
/// each scalar are indexed once, and a needle is checked only where its rarest scalar occurs.
/// Resolving hundreds of quotes against an article costs a few candidate checks each instead
/// of a pass over the whole text.
struct ScalarOccurrenceIndex: Sendable {
    private let text: [Unicode.Scalar]
    private let positions: [Unicode.Scalar: [Int]]

    init(_ text: [Unicode.Scalar]) {
        self.text = text
        var positions: [Unicode.Scalar: [Int]] = [:]
        for (offset, scalar) in text.enumerated() { positions[scalar, default: []].append(offset) }
        self.positions = positions
    }

    /// Every start offset of `needle` in the text, in order (overlapping occurrences included).
    func occurrences(of needle: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var pivot = 0
        var fewest = Int.max
        for (index, scalar) in needle.enumerated() {
            let count = positions[scalar]?.count ?? 0
            if count < fewest {
                fewest = count
                pivot = index
            }
            if count == 0 { return [] }
        }
        var result: [Int] = []
        for position in positions[needle[pivot]] ?? [] {
            let start = position - pivot
            guard start >= 0, start + needle.count <= text.count else { continue }
            var matches = true
            for index in needle.indices where text[start + index] != needle[index] {
                matches = false
                break
            }
            if matches { result.append(start) }
        }
        return result
    }
}
