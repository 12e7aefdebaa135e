/// A point on which the articles telling an event disagree.
public struct Conflict: Hashable, Sendable {
    /// What the disagreement is about.
    public enum Topic: String, Hashable, Sendable, CaseIterable, Codable {
        case date
        case firstClaim = "first-claim"
        case figure, name, fact
    }

    /// What one article says on the disputed point.
    public struct Telling: Hashable, Sendable {
        public var article: String
        public var says: String
        init(article: String, says: String) {
            self.article = article
            self.says = says
        }
    }

    public var about: Topic
    /// The disagreement in the editors' words.
    public var note: String
    public var tellings: [Telling]
    public var position: SourcePosition

    init(about: Topic, note: String, tellings: [Telling], position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.about = about
        self.note = note
        self.tellings = tellings
        self.position = position
    }
}
