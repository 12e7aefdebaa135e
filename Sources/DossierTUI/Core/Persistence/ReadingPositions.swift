/// Where the reader left each article (the plain-text offset of the top line) and which
/// article was read last: what ``ReadingPositionStore`` keeps between runs.
public struct ReadingPositions: Hashable, Sendable, Codable {
    /// The article open when the reader was last closed.
    public var lastArticle: String?
    /// Top-line offsets by article id.
    public var offsets: [String: Int]

    public init(lastArticle: String? = nil, offsets: [String: Int] = [:]) {
        self.lastArticle = lastArticle
        self.offsets = offsets
    }
}
