/// One place where a query matches: a block of an article.
public struct SearchHit: Hashable, Sendable, Encodable {
    public var article: String
    public var sectionID: String
    public var sectionTitle: String
    /// Index of the block in the article's document.
    public var block: Int
    /// Every match of every term inside the block, in text order, each range once.
    public var matches: [TextRange]
    /// A line of text around the first match, with `…` where it was cut.
    public var context: String

    enum CodingKeys: String, CodingKey {
        case article, sectionID = "section", sectionTitle = "section_title", block, matches, context
    }
}

/// Searches documents block by block, ignoring case and diacritics.
public enum TextSearch {
    /// Hits in one document, in reading order (footnotes after the body).
    public static func search(_ query: SearchQuery, in document: Document, article: String, contextWidth: Int = 60) -> [SearchHit] {
        var hits: [SearchHit] = []
        for (index, block) in document.blocks.enumerated() {
            let text = block.text
            let folded = FoldedText(text)
            var matches: [TextRange] = []
            var allFound = true
            for term in query.foldedTerms {
                let found = folded.ranges(of: term)
                if found.isEmpty {
                    allFound = false
                    break
                }
                matches += found
            }
            guard allFound else { continue }
            matches.sort { $0.start < $1.start }
            // One range can be found twice (a folded "ß" is "ss": "s" matches it twice).
            var seen: Set<TextRange> = []
            matches = matches.filter { seen.insert($0).inserted }
            let section = document.sections[block.sectionIndex]
            let absolute = matches.map { TextRange(start: $0.start + block.range.start, end: $0.end + block.range.start) }
            hits.append(SearchHit(article: article, sectionID: section.id, sectionTitle: section.title, block: index,
                                  matches: absolute, context: snippet(text, around: matches[0], width: contextWidth)))
        }
        return hits
    }

    /// About `width` scalars of `text` centred on `match`, cut at spaces.
    static func snippet(_ text: String, around match: TextRange, width: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let side = max(10, (width - match.length) / 2)
        var start = max(0, match.start - side)
        var end = min(scalars.count, match.end + side)
        if start > 0, let space = scalars[start..<match.start].firstIndex(of: " ") { start = space + 1 }
        if end < scalars.count, let space = scalars[match.end..<end].lastIndex(of: " ") { end = space }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return (start > 0 ? "…" : "") + String(view) + (end < scalars.count ? "…" : "")
    }
}
