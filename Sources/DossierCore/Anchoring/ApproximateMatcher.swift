/// Bounded approximate string matching with Myers' bit-vector algorithm
/// (G. Myers, "A fast bit-vector algorithm for approximate string matching based
/// on dynamic programming", J. ACM 1999), in its blocked form for patterns longer
/// than 64 scalars.
///
/// Cost is O(text length × ⌈pattern length / 64⌉) word operations, whatever the
/// error bound, which keeps fuzzy re-anchoring of a 60 KB article fast.
struct ApproximateMatcher {
    /// A place where the pattern matches with at most the allowed errors.
    struct Match: Hashable {
        /// The matched scalars, half-open.
        var range: Range<Int>
        /// The edit distance between the pattern and `range`.
        var errors: Int
    }

    private let pattern: [UInt32]
    private let blocks: Int
    private let symbols: [UInt32: Int]
    /// `peq[symbol * blocks + block]`: bit i set when pattern[block*64 + i] is `symbol`.
    private let peq: [UInt64]
    private let lastBit: UInt64

    /// Prepares matching of `pattern` (must not be empty).
    init(pattern: [UInt32]) {
        precondition(!pattern.isEmpty, "empty pattern")
        self.pattern = pattern
        let blocks = (pattern.count + 63) / 64
        self.blocks = blocks
        var symbols: [UInt32: Int] = [:]
        for scalar in pattern where symbols[scalar] == nil {
            symbols[scalar] = symbols.count + 1  // 0 means "not in the pattern"
        }
        var peq = [UInt64](repeating: 0, count: (symbols.count + 1) * blocks)
        for (i, scalar) in pattern.enumerated() {
            peq[symbols[scalar]! * blocks + i / 64] |= 1 << UInt64(i % 64)
        }
        self.symbols = symbols
        self.peq = peq
        self.lastBit = 1 << UInt64((pattern.count - 1) % 64)
    }

    /// Calls `visit(j, d)` for every text index `j` of `text`, where `d` is the
    /// smallest edit distance between the pattern and a substring of `text` ending
    /// just after `j` (semi-global), or — when `anchored` — the distance between
    /// the pattern and `text[0...j]`.
    private func scan(_ text: [UInt32], anchored: Bool, _ visit: (Int, Int) -> Void) {
        var pv = [UInt64](repeating: ~0, count: blocks)
        var mv = [UInt64](repeating: 0, count: blocks)
        var score = pattern.count
        let topCarry = anchored ? 1 : 0
        for (j, scalar) in text.enumerated() {
            let symbol = symbols[scalar] ?? 0
            let base = symbol * blocks
            var hin = topCarry
            for b in 0..<blocks {
                let highBit: UInt64 = b == blocks - 1 ? lastBit : 1 << 63
                var eq = peq[base + b]
                let p = pv[b], m = mv[b]
                let xv = eq | m
                if hin < 0 { eq |= 1 }
                let xh = (((eq & p) &+ p) ^ p) | eq
                var ph = m | ~(xh | p)
                var mh = p & xh
                var hout = 0
                if ph & highBit != 0 { hout = 1 } else if mh & highBit != 0 { hout = -1 }
                ph <<= 1
                mh <<= 1
                if hin < 0 { mh |= 1 } else if hin > 0 { ph |= 1 }
                pv[b] = mh | ~(xv | ph)
                mv[b] = ph & xv
                hin = hout
            }
            score += hin
            visit(j, score)
        }
    }

    /// The best places where the pattern occurs in `text` with at most `maxErrors`
    /// edits: local best matches at least about half a pattern length apart, best
    /// first, at most `limit` of them.
    func matches(in text: [UInt32], maxErrors: Int, limit: Int) -> [Match] {
        guard !text.isEmpty, maxErrors >= 0 else { return [] }
        var ends: [(end: Int, errors: Int)] = []
        scan(text, anchored: false) { j, d in
            if d <= maxErrors { ends.append((j, d)) }
        }
        guard !ends.isEmpty else { return [] }
        // Non-maximum suppression: keep the best end in each neighbourhood.
        let radius = max(1, pattern.count / 2)
        let ordered = ends.sorted { $0.errors != $1.errors ? $0.errors < $1.errors : $0.end < $1.end }
        var chosen: [(end: Int, errors: Int)] = []
        for candidate in ordered {
            if chosen.contains(where: { abs($0.end - candidate.end) <= radius }) { continue }
            chosen.append(candidate)
            if chosen.count >= limit { break }
        }
        let reversedMatcher = ApproximateMatcher(pattern: pattern.reversed())
        return chosen.map { candidate in
            let end = candidate.end + 1
            let windowStart = max(0, end - pattern.count - maxErrors)
            let window = Array(text[windowStart..<end].reversed())
            var bestLength = 0
            var bestErrors = Int.max
            reversedMatcher.scan(window, anchored: true) { j, d in
                let length = j + 1
                if d < bestErrors
                    || (d == bestErrors && abs(length - pattern.count) < abs(bestLength - pattern.count)) {
                    bestErrors = d
                    bestLength = length
                }
            }
            return Match(range: (end - bestLength)..<end, errors: min(bestErrors, candidate.errors))
        }
    }
}
