import DossierCore

/// The lines of a laid-out article, each made when it is asked for. Laying out keeps, per
/// line, where it starts in its block's text and the plain-text range it covers (a few
/// numbers, from one counting pass of ``LineWrapper``), never the line itself: an article of
/// one 10 MB line costs its text once, not its text times the width, and a line is wrapped
/// again from its start when the screen shows it or a reducer reads it.
struct ArticleRows: RandomAccessCollection, Sendable {
    /// A line of the body: the block it belongs to (or a blank or the footnote rule) and
    /// where it starts in the block's text.
    private struct Row: Sendable {
        var start: LineStart
        /// Index into `Document.blocks`, or ``blank`` or ``footnoteRule``.
        var block: Int32

        static let blank: Int32 = -1
        static let footnoteRule: Int32 = -2
    }

    private let layout: ArticleLayout
    private let document: Document
    /// The lines above the article (title, byline), kept made: there are a few.
    private let header: [WrappedLine]
    /// The body's lines after the header.
    private let rows: [Row]
    /// Every line's plain-text range (`nil` for header, blank and rule lines), in order.
    let sources: [Range<Int>?]

    /// Counts the lines of `document` at `layout`'s width, below `header`.
    init(header: [WrappedLine], document: Document, layout: ArticleLayout) {
        var rows: [Row] = []
        var sources: [Range<Int>?] = header.map(\.source)
        layout.forEachLineStart(of: document) { start in
            switch start {
            case .text(let block, let lineStart, let source):
                rows.append(Row(start: lineStart, block: Int32(clamping: block)))
                sources.append(source)
            case .blank:
                rows.append(Row(start: .textStart, block: Row.blank))
                sources.append(nil)
            case .footnoteRule:
                rows.append(Row(start: .textStart, block: Row.footnoteRule))
                sources.append(nil)
            }
        }
        self.layout = layout
        self.document = document
        self.header = header
        self.rows = rows
        self.sources = sources
    }

    var startIndex: Int { 0 }
    var endIndex: Int { header.count + rows.count }

    /// Line `index`, wrapped now.
    subscript(index: Int) -> ArticleLine {
        guard index >= header.count else { return ArticleLine(line: header[index], role: .text, block: nil) }
        let row = rows[index - header.count]
        switch row.block {
        case Row.blank: return .blank
        case Row.footnoteRule: return layout.footnoteRule
        default: return layout.line(ofBlock: Int(row.block), startingAt: row.start, in: document)
        }
    }

    /// The block line `index` shows, without making the line; `nil` for header, blank and
    /// rule lines.
    func block(ofLine index: Int) -> Int? {
        guard index >= header.count, index < endIndex else { return nil }
        let block = rows[index - header.count].block
        return block >= 0 ? Int(block) : nil
    }
}
