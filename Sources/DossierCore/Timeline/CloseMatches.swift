/// Ranks names by closeness to what was typed, for "did you mean" messages: case and
/// diacritics are ignored; a name containing the query (or contained in it) comes first, then
/// names within a small edit distance.
public enum CloseMatches {
    /// Up to `limit` of `candidates`, closest first; none when nothing is close.
    public static func best(for query: String, among candidates: [String], limit: Int = 3) -> [String] {
        let key = FoldedText.key(query.trimmingSpaces)
        guard !key.isEmpty else { return [] }
        var scored: [(score: Int, candidate: String)] = []
        var seen: Set<String> = []
        for candidate in candidates where seen.insert(candidate).inserted {
            if let score = score(key, FoldedText.key(candidate)) { scored.append((score, candidate)) }
        }
        scored.sort { $0.score != $1.score ? $0.score < $1.score : $0.candidate < $1.candidate }
        return scored.prefix(limit).map(\.candidate)
    }

    /// Lower is closer; nil when not close at all.
    static func score(_ query: [Unicode.Scalar], _ candidate: [Unicode.Scalar]) -> Int? {
        if query == candidate { return 0 }
        let distance = EditDistance.levenshtein(ArraySlice(query.map(\.value)), ArraySlice(candidate.map(\.value)))
        if query.count >= 3, ScalarSearch.occurrences(of: query, in: candidate, limit: 1).first != nil {
            return 100 + distance
        }
        if candidate.count >= 3, ScalarSearch.occurrences(of: candidate, in: query, limit: 1).first != nil {
            return 200 + distance
        }
        let allowed = max(1, (min(query.count, candidate.count) + 1) / 3)
        return distance <= allowed ? 300 + distance : nil
    }
}
