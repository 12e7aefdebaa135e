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

/// Searches documents block by block for whole words, ignoring case and diacritics.
public enum TextSearch {
    /// Hits in one document, in reading order (footnotes after the body).
    public static func search(_ query: SearchQuery, in document: Document, article: String, contextWidth: Int = 60) -> [SearchHit] {
        document.blocks.enumerated().compactMap { index, block in
            let section = document.sections[block.sectionIndex]
            return hit(query, inBlock: block.text, startingAt: block.range.start, article: article, block: index,
                       sectionID: section.id, sectionTitle: section.title, contextWidth: contextWidth)
        }
    }

    /// The hit in one block's text when it holds every term of `query`; `start` is the block's
    /// offset in the article's plain text (matches are reported from there).
    public static func hit(_ query: SearchQuery, inBlock text: String, startingAt start: Int, article: String, block: Int,
                           sectionID: String, sectionTitle: String, contextWidth: Int = 60) -> SearchHit? {
        let words = SearchWords(text).words
        var matches: [TextRange] = []
        for term in query.searchTerms {
            let found = term.ranges(in: words)
            if found.isEmpty { return nil }
            matches += found
        }
        // Ranges already in text order, no two starting together (one term's, as a rule), need
        // no sorting and hold no repeat.
        if !zip(matches, matches.dropFirst()).allSatisfy({ $0.start < $1.start }) {
            matches.sort { $0.start < $1.start }
            // Two terms can find one range ("U-2" and "U2"): each is reported once.
            var seen: Set<TextRange> = []
            matches = matches.filter { seen.insert($0).inserted }
        }
        let absolute = matches.map { TextRange(start: $0.start + start, end: $0.end + start) }
        return SearchHit(article: article, sectionID: sectionID, sectionTitle: sectionTitle, block: block,
                         matches: absolute, context: snippet(text, around: matches[0], width: contextWidth))
    }

    /// About `width` scalars of `text` centred on `match`, cut at spaces. Reads the text up to
    /// the end of the snippet and keeps only the snippet's scalars (a block of megabytes is
    /// not copied for a line of context).
    static func snippet(_ text: String, around match: TextRange, width: Int) -> String {
        let side = max(10, (width - match.length) / 2)
        let windowStart = max(0, match.start - side)
        let windowEnd = match.end + side
        // The scalars from `windowStart` to `windowEnd` (or the end of the text), and whether
        // the text goes on after them.
        var window: [Unicode.Scalar] = []
        var offset = 0
        var goesOn = false
        for scalar in text.unicodeScalars {
            if offset >= windowEnd {
                goesOn = true
                break
            }
            if offset >= windowStart { window.append(scalar) }
            offset += 1
        }
        var start = windowStart
        var end = windowStart + window.count
        func scalars(_ range: Range<Int>) -> ArraySlice<Unicode.Scalar> {
            window[(range.lowerBound - windowStart)..<(range.upperBound - windowStart)]
        }
        if start > 0, let space = scalars(start..<match.start).firstIndex(of: " ") { start = space + windowStart + 1 }
        if goesOn, let space = scalars(match.end..<end).lastIndex(of: " ") { end = space + windowStart }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars(start..<end))
        return (start > 0 ? "…" : "") + String(view) + (goesOn ? "…" : "")
    }
}
