/// Which notes to list and in what order: words to find, narrowed by kind, tag,
/// article and anchor status. The notes browser and `dossier notes list --search` read
/// the same typed text into one, so both match the same notes (``NotesStore/notes(matching:collection:)``).
///
/// Typed text is words separated by spaces; a word of the form `kind:…`, `#tag` (or
/// `tag:…`), `article:…` or `status:…` narrows, any other word must appear — without
/// regard to case — in the note's body, its quote, one of its tags or its article id.
///
/// ```swift
/// NoteQuery(typed: "kind:question #cold-war pipeline")
/// // words ["pipeline"], kind .question, tag "cold-war"
/// ```
public struct NoteQuery: Hashable, Sendable {
    /// The order of the list.
    public enum Order: String, Hashable, Sendable, CaseIterable {
        /// By article, then by place in the article (unplaced notes last).
        case document
        /// The most recently changed first.
        case date
    }

    /// Words that must each appear in the body, quote, a tag or the article id.
    public var words: [String]
    public var kind: AnnotationKind?
    /// A tag, normalised (no `#`).
    public var tag: String?
    public var article: String?
    public var status: AnchorStatus?
    public var order: Order

    public init(words: [String] = [], kind: AnnotationKind? = nil, tag: String? = nil, article: String? = nil,
                status: AnchorStatus? = nil, order: Order = .document) {
        self.words = words
        self.kind = kind
        self.tag = tag.flatMap { Annotation.normalizedTags([$0]).first }
        self.article = article
        self.status = status
        self.order = order
    }

    /// The query typed as text (see the type's description). A narrowing word whose
    /// value is not a known kind or status, or is empty, is searched for as a word,
    /// so that nothing typed is silently ignored.
    public init(typed text: String, order: Order = .document) {
        self.init(order: order)
        for word in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            if !narrow(by: word) { words.append(word) }
        }
    }

    /// Applies `word` when it narrows (`kind:note`, `#tag`, …); false when it is a word to find.
    private mutating func narrow(by word: String) -> Bool {
        if word.count > 1, word.hasPrefix("#") {
            tag = Annotation.normalizedTags([word]).first
            return tag != nil
        }
        guard let colon = word.firstIndex(of: ":") else { return false }
        let name = word[..<colon].lowercased()
        let value = String(word[word.index(after: colon)...])
        guard !value.isEmpty else { return false }
        switch name {
        case "kind":
            guard let kind = AnnotationKind(rawValue: value.lowercased()) else { return false }
            self.kind = kind
        case "tag":
            guard let tag = Annotation.normalizedTags([value]).first else { return false }
            self.tag = tag
        case "article":
            article = value
        case "status":
            guard let status = AnchorStatus(rawValue: value.lowercased()) else { return false }
            self.status = status
        default:
            return false
        }
        return true
    }
}
