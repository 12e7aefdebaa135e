/// The queries typed at the `/` and `s` prompts, oldest first: each query once (typed
/// again, it moves to the end), at most ``capacity`` of them. Kept between runs in the
/// reading-state file as a plain JSON array.
///
/// ```swift
/// var history = SearchHistory()
/// history.record("Tashkent")
/// history.record("Bhutto")
/// history.record("Tashkent")
/// history.queries   // ["Bhutto", "Tashkent"]
/// ```
struct SearchHistory: Hashable, Sendable, Codable {
    /// How many queries are kept; older ones are forgotten.
    static let capacity = 100

    private(set) var queries: [String]

    /// The history of `queries`, oldest first (repeats and the oldest beyond
    /// ``capacity`` left out).
    init(_ queries: [String] = []) {
        self.queries = []
        for query in queries { record(query) }
    }

    /// Adds `query` as the most recent one.
    mutating func record(_ query: String) {
        queries.removeAll { $0 == query }
        queries.append(query)
        if queries.count > Self.capacity { queries.removeFirst(queries.count - Self.capacity) }
    }

    /// Reads the queries back, leaving out any that holds a character the prompt could
    /// not have typed (an edited file's control characters never reach the screen).
    init(from decoder: Decoder) throws {
        let queries = try decoder.singleValueContainer().decode([String].self)
        self.init(queries.filter { !$0.isEmpty && $0.allSatisfy(PrintableText.isPrintable) })
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(queries)
    }
}
