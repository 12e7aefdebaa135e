/// Small Levenshtein helpers used to compare short strings of scalars (an
/// anchor's prefix or suffix against the text around a candidate).
enum EditDistance {
    /// The Levenshtein distance between `a` and `b` (insertions, deletions and
    /// substitutions each cost 1). O(|a|·|b|); meant for context-sized inputs.
    static func levenshtein(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let bArray = Array(b)
        var previous = Array(0...bArray.count)
        var current = [Int](repeating: 0, count: bArray.count + 1)
        for (i, ca) in a.enumerated() {
            current[0] = i + 1
            for j in 0..<bArray.count {
                let cost = ca == bArray[j] ? 0 : 1
                current[j + 1] = min(previous[j] + cost, previous[j + 1] + 1, current[j] + 1)
            }
            swap(&previous, &current)
        }
        return previous[bArray.count]
    }

    /// Similarity in `0...1` of `a` and `b`: `1 - distance / max(|a|, |b|)`.
    static func similarity(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Double {
        let longest = max(a.count, b.count)
        guard longest > 0 else { return 1 }
        return 1 - Double(levenshtein(a, b)) / Double(longest)
    }
}
