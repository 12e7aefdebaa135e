/// The reader's state kept between runs, per collection — the one store of it: where the
/// reader left each article and which article was read last, the marks set with
/// `m{a-z}`, and the search history. What ``ReadingPositionStore`` keeps.
struct ReadingPositions: Hashable, Sendable, Codable {
    /// The article open when the reader was last closed.
    var lastArticle: String?
    /// Top-line offsets by article id.
    var offsets: [String: Int]
    /// The marks (`ma` … `mz`), by letter: where `'a` … `'z` jump to.
    var marks: [String: Location]
    /// The queries typed at `/` and `s`, for Up and Down in those prompts.
    var searches: SearchHistory

    init(lastArticle: String? = nil, offsets: [String: Int] = [:], marks: [String: Location] = [:],
                searches: SearchHistory = SearchHistory()) {
        self.lastArticle = lastArticle
        self.offsets = offsets
        self.marks = marks
        self.searches = searches
    }

    private enum CodingKeys: String, CodingKey {
        case lastArticle, offsets, marks, searches
    }

    /// Reads a file of any version: one written before marks and the search history
    /// existed has neither, and still loads.
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lastArticle = try container.decodeIfPresent(String.self, forKey: .lastArticle)
        offsets = try container.decodeIfPresent([String: Int].self, forKey: .offsets) ?? [:]
        marks = try container.decodeIfPresent([String: Location].self, forKey: .marks) ?? [:]
        searches = try container.decodeIfPresent(SearchHistory.self, forKey: .searches) ?? SearchHistory()
    }
}
