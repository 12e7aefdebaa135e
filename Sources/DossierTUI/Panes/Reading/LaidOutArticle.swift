import DossierCore

/// An article laid out for one text width: its header and its lines (``ArticleLayout``),
/// with the lookups the reading pane needs between lines and plain-text offsets. The lines
/// are made when asked for (``ArticleRows``); offsets, blocks and counts need none made.
struct LaidOutArticle: Sendable {
    let article: String
    let width: Int
    /// Header lines first (title, byline), then the body with each section's footnotes.
    let lines: ArticleRows
    /// The lines by offset, for ``lineIndex(containing:)``, ``lineShowing(_:)`` and
    /// cursor moves.
    let sourceIndex: LineSourceIndex

    /// Lays out `document` at `width` columns.
    init(article: Article, document: Document, width: Int, theme: ReadingTheme = .standard) {
        self.article = article.id
        self.width = width
        let header = ArticleHeader.lines(for: article.metadata, width: width, theme: theme)
        lines = ArticleRows(header: header, document: document, layout: ArticleLayout(width: width, theme: theme))
        sourceIndex = LineSourceIndex(lines.sources)
    }

    /// The lines' wrapped text alone, in the same order (for cursor motions), each made
    /// when asked for.
    var wrapped: LazyMapCollection<ArticleRows, WrappedLine> {
        lines.lazy.map(\.line)
    }

    /// The plain-text range line `index` covers, without making the line.
    func source(ofLine index: Int) -> Range<Int>? {
        lines.sources.indices.contains(index) ? lines.sources[index] : nil
    }

    /// The line showing the character at `offset` (the cursor's line): the line that
    /// draws it, else the line whose range holds it (a space dropped at a wrap), else
    /// ``lineIndex(containing:)``.
    func lineShowing(_ offset: Int) -> Int {
        sourceIndex.lineDrawing(offset, in: wrapped) ?? lineIndex(containing: offset)
    }

    var count: Int { lines.count }

    /// The line showing `offset`: the line whose range holds it, else the first line
    /// starting after it (lines are not in offset order: footnotes follow each section).
    /// A line showing only a footnote marker (an empty range) holds the offset it stands at.
    func lineIndex(containing offset: Int) -> Int {
        sourceIndex.firstLine(holding: offset, emptyAtOffset: true)
            ?? sourceIndex.line(startingAfter: offset)
            ?? max(0, lines.count - 1)
    }

    /// ``lineIndex(containing:)`` of each of `offsets`, found in one pass when they ascend
    /// (a search's matches: thousands in a long article, each `n` asks for all of them).
    func lineIndices(containing offsets: [Int]) -> [Int] {
        sourceIndex.firstLines(holdingElseAfter: offsets).map { $0 ?? max(0, lines.count - 1) }
    }

    /// The plain-text offset a line stands for: its own start, else that of the next line
    /// with text (blank lines and headers borrow the following text's offset).
    func anchorOffset(atLine index: Int) -> Int? {
        guard !lines.isEmpty else { return nil }
        var line = max(0, min(index, lines.count - 1))
        while line < lines.count {
            if let source = lines.sources[line] { return source.lowerBound }
            line += 1
        }
        return nil
    }

    /// The block shown on a line, or on the nearest line above with one.
    func blockIndex(atOrAbove index: Int) -> Int? {
        var line = min(index, lines.count - 1)
        while line >= 0 {
            if let block = lines.block(ofLine: line) { return block }
            line -= 1
        }
        return nil
    }

    /// The block shown on a line, or on the nearest line below with one (else above).
    func blockIndex(atOrBelow index: Int) -> Int? {
        var line = max(0, index)
        while line < lines.count {
            if let block = lines.block(ofLine: line) { return block }
            line += 1
        }
        return blockIndex(atOrAbove: index)
    }

    /// The footnote labels of the markers on a line, left to right.
    func footnoteLabels(onLine index: Int) -> [String] {
        guard lines.indices.contains(index) else { return [] }
        return lines[index].line.segments.compactMap { segment in
            if case .footnote(let label) = segment.attachment { return label }
            return nil
        }
    }
}
