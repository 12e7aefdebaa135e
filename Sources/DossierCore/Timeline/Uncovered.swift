/// A date mention deliberately tied to no event (`uncovered:` in `events.yaml`), with the reason.
///
/// It excuses every date mention of `article` that lies inside an occurrence of `text`: `text`
/// can be the date alone ("1600", every occurrence) or a longer stretch around it (one place).
public struct Uncovered: Hashable, Sendable {
    public var article: String
    public var text: String
    public var reason: String
    public var position: SourcePosition

    init(article: String, text: String, reason: String, position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.article = article
        self.text = text
        self.reason = reason
        self.position = position
    }
}
