/// Resolves a mention's quote to its range in the article's plain text (Content/README.md, "Quotes").
///
/// The quote must occur exactly; when it occurs more than once, `occurrence` must say which.
/// Errors point at the quote in `events.yaml`; a quote that does not occur gets a hint: where
/// a match ignoring case, quote style, dashes and accents is, or how far the quote does match.
struct QuoteResolver {
    /// An article the quotes are resolved against.
    struct Target {
        let article: Article
        let document: Document
        let sourceMap: ArticleSourceMap
        let index: ScalarOccurrenceIndex
        /// Built on first need (only for hints).
        private var folded: FoldedText?

        init(article: Article, document: Document) {
            self.article = article
            self.document = document
            sourceMap = ArticleSourceMap(article: article, document: document)
            index = ScalarOccurrenceIndex(document.plainText.scalars)
        }

        mutating func foldedText() -> FoldedText {
            if let folded { return folded }
            let built = FoldedText(document.plainText.string)
            folded = built
            return built
        }
    }

    let eventsFile: String
    var targets: [String: Target]
    private(set) var diagnostics: [Diagnostic] = []

    init(eventsFile: String, targets: [String: Target]) {
        self.eventsFile = eventsFile
        self.targets = targets
    }

    /// The mention with its range, block and section set; unchanged (and a diagnostic recorded) when it does not resolve.
    mutating func resolve(_ mention: Mention, of eventID: String) -> Mention {
        guard var target = targets[mention.article] else { return mention }
        defer { targets[mention.article] = target }
        let quote = Array(mention.quote.unicodeScalars)
        let starts = target.index.occurrences(of: quote)
        let what = "quote of '\(eventID)'"
        guard !starts.isEmpty else {
            report(mention, "\(what) is not in article '\(mention.article)'" + hint(for: mention, in: &target))
            return mention
        }
        let chosen: Int
        if let occurrence = mention.occurrence {
            guard occurrence <= starts.count else {
                report(mention, "\(what) has occurrence \(occurrence) but occurs only \(Count.phrase(starts.count, "time")) in '\(mention.article)'")
                return mention
            }
            chosen = starts[occurrence - 1]
        } else {
            guard starts.count == 1 else {
                let lines = starts.prefix(6).map { String(target.sourceMap.position(of: TextRange(start: $0, end: $0 + quote.count)).line) }
                report(mention, "\(what) occurs \(starts.count) times in '\(mention.article)' (lines \(lines.joined(separator: ", "))); "
                       + "add 'occurrence: N' (1–\(starts.count)) or lengthen the quote")
                return mention
            }
            chosen = starts[0]
        }
        let range = TextRange(start: chosen, end: chosen + quote.count)
        guard let blockIndex = target.document.blockIndex(containing: range.start),
              target.document.blocks[blockIndex].range.end >= range.end else {
            report(mention, "\(what) runs over more than one paragraph of '\(mention.article)'; quote within one block")
            return mention
        }
        var resolved = mention
        resolved.range = range
        resolved.blockIndex = blockIndex
        resolved.passageLength = target.document.blocks[blockIndex].range.length
        let sectionIndex = target.document.blocks[blockIndex].sectionIndex
        if target.document.sections.indices.contains(sectionIndex) {
            resolved.sectionID = target.document.sections[sectionIndex].id
            resolved.sectionTitle = target.document.sections[sectionIndex].title
        }
        return resolved
    }

    private mutating func report(_ mention: Mention, _ message: String) {
        diagnostics.append(Diagnostic(file: eventsFile, line: mention.position.line, column: mention.position.column, message: message))
    }

    /// Why a quote is not found: a near match, or how much of it matches.
    private func hint(for mention: Mention, in target: inout Target) -> String {
        let folded = target.foldedText()
        let key = FoldedText.key(mention.quote)
        if let match = folded.ranges(of: key, limit: 1).first {
            let position = target.sourceMap.position(of: match)
            let actual = target.document.plainText.text(in: match)
            return "; it differs only in case, quotes, dashes or accents from line \(position.line): \"\(actual)\""
        }
        let quote = Array(mention.quote.unicodeScalars)
        let scalars = target.document.plainText.scalars
        // The longest prefix that occurs (binary search on its length).
        var low = 0
        var high = quote.count
        var start: Int?
        while low < high {
            let middle = (low + high + 1) / 2
            if let found = target.index.occurrences(of: Array(quote[..<middle])).first {
                low = middle
                start = found
            } else {
                high = middle - 1
            }
        }
        guard let start, low >= min(12, quote.count / 2) else { return "" }
        let position = target.sourceMap.position(of: TextRange(start: start, end: start + low))
        let expected = String(String.UnicodeScalarView(quote[low..<min(quote.count, low + 25)]))
        let actual = target.document.plainText.text(in: TextRange(start: start + low, end: min(scalars.count, start + low + 25)))
        return "; its first \(low) characters match at line \(position.line), then the quote has \"\(expected)\" "
            + "where the article has \"\(actual.replacingOccurrences(of: "\n", with: "⏎"))\""
    }
}
