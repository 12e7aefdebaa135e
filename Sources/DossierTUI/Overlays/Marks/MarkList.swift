import DossierCore

/// `M`: the marks in a popup, by letter; Enter jumps to the selected one.
struct MarkList: Hashable, Sendable {
    var cursor = ListCursor()

    init(cursor: ListCursor = ListCursor()) {
        self.cursor = cursor
    }

    /// The marks of `positions`, by letter.
    static func marks(_ positions: ReadingPositions) -> [(letter: String, location: Location)] {
        positions.marks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Where a mark is, in words: "hanif · Introduction · 12% · “In the Cold War…”" —
    /// the article, the section, how far into the article and the words at the cursor
    /// line (the article's title until the article is parsed).
    static func describe(_ location: Location, library: LibraryState) -> String {
        guard let article = library.article(location.article) else { return "\(location.article) (no longer in the collection)" }
        var parts = [article.id]
        if let document = library.documents[location.article] {
            if !document.sections.isEmpty {
                let title = document.sections[document.sectionIndex(containing: location.offset)].title
                parts.append(title.isEmpty ? "opening" : title)
            }
            let length = document.plainText.count
            if length > 0 { parts.append("\(min(100, location.offset * 100 / length))%") }
            // The words at the cursor line, to tell marks in one section apart.
            let start = min(length, location.cursorOffset ?? location.offset)
            let words = document.plainText.text(in: TextRange(start: start, end: min(length, start + 60)))
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !words.isEmpty { parts.append("“" + TextFit.truncated(words, width: 40) + "”") }
        } else {
            parts.append(article.metadata.title)
        }
        return parts.joined(separator: " · ")
    }
}
