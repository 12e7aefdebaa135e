/// Maps plain-text offsets of an article back to lines and columns of its Markdown file, for
/// diagnostics that point into the article ("articles/hanif.md:52:310").
///
/// The line is exact (the block's first line, then the line of the text inside a paragraph that
/// spans several lines); the column is found by searching the block's source lines for the same
/// occurrence of the text, so it is approximate where markup changes the text.
struct ArticleSourceMap: Sendable {
    let file: String
    private let article: Article
    private let document: Document

    init(article: Article, document: Document) {
        file = article.file
        self.article = article
        self.document = document
    }

    /// The file's lines; `[0]` is line 1. Made only when a position is asked for (a
    /// diagnostic), from the body as read (``Article/withBody()``): an article loaded with its
    /// front matter only has no body in memory.
    private func sourceLines() -> [[Unicode.Scalar]] {
        let article = article.withBody()
        var lines = [[Unicode.Scalar]](repeating: [], count: max(0, article.bodyFirstLine - 1))
        lines += article.body.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        return lines
    }

    /// The file position of the plain-text offset `range.start` (with the text of `range` used to find the column).
    func position(of range: TextRange) -> SourcePosition {
        guard let blockIndex = document.blockIndex(containing: range.start) else { return SourcePosition(line: 1, column: 1) }
        let block = document.blocks[blockIndex]
        let lines = sourceLines()
        let firstLine = block.sourceLine
        let lastLine = blockIndex + 1 < document.blocks.count && document.blocks[blockIndex + 1].sourceLine > firstLine
            ? document.blocks[blockIndex + 1].sourceLine - 1 : min(lines.count, firstLine + 200)
        // The first word of the text, and how many times it occurs earlier in the block.
        let textStart = max(block.range.start, min(range.start, document.plainText.count))
        let text = document.plainText.scalars[textStart..<max(textStart, min(range.end, document.plainText.count))]
        let needle = Array(text.prefix { !$0.properties.isWhitespace })
        guard !needle.isEmpty else { return SourcePosition(line: firstLine, column: 1) }
        let before = Array(document.plainText.scalars[block.range.start..<max(block.range.start, range.start)])
        let earlier = ScalarSearch.occurrences(of: needle, in: before).count
        var seen = 0
        for lineNumber in firstLine...max(firstLine, lastLine) where lineNumber - 1 < lines.count {
            let occurrences = ScalarSearch.occurrences(of: needle, in: lines[lineNumber - 1])
            if seen + occurrences.count > earlier {
                return SourcePosition(line: lineNumber, column: occurrences[earlier - seen] + 1)
            }
            seen += occurrences.count
        }
        return SourcePosition(line: firstLine, column: 1)
    }

    /// A diagnostic at the file position of `range`.
    func diagnostic(at range: TextRange, _ message: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let position = position(of: range)
        return Diagnostic(file: file, line: position.line, column: position.column, severity: severity, message: message)
    }
}
