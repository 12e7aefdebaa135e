import DossierCore

/// One line of a laid-out article and the block it belongs to.
struct ArticleLine: Hashable, Sendable {
    enum Role: Hashable, Sendable {
        case heading(level: Int)
        case text
        case blank
        /// The "Notes" line that opens a section's footnotes.
        case footnoteHeader
    }

    var line: WrappedLine
    var role: Role
    /// Index into `Document.blocks`; nil for blank and header lines.
    var block: Int?

    /// The empty line between blocks.
    static let blank = ArticleLine(line: WrappedLine(segments: [], source: nil), role: .blank, block: nil)
}

/// Lays an article out as lines of a given display width: headings, wrapped paragraphs,
/// list numbers and bullets with hanging indents, quote bars, footnote markers `[n]`, and
/// each section's footnotes after the section. Shared by the reading pane and `dossier show`,
/// so both read the same.
struct ArticleLayout: Sendable {
    var width: Int
    var theme: ReadingTheme

    init(width: Int, theme: ReadingTheme = .standard) {
        self.width = max(10, width)
        self.theme = theme
    }

    /// The lines of `sections` (all of them by default) handed to `body` in order as
    /// they are laid out, so that `show` prints an article of any size holding one
    /// line at a time.
    func forEachLine(of document: Document, sections: Range<Int>? = nil, _ body: (ArticleLine) -> Void) {
        walk(document, sections: sections, blank: ArticleLine.blank, rule: footnoteRule, block: { index, emit in
            let text = blockText(index, of: document)
            text.wrapper.wrap(text.runs) { line in
                emit(ArticleLine(line: line, role: text.role, block: index))
            }
        }, body)
    }

    /// Where each line of the article starts, in order, without making the lines: what
    /// ``ArticleRows`` keeps, so that a line is made only when it is asked for
    /// (``line(ofBlock:startingAt:in:)``). The same walk and the same wrapping as
    /// ``forEachLine(of:sections:_:)``.
    func forEachLineStart(of document: Document, _ body: (RowStart) -> Void) {
        walk(document, sections: nil, blank: RowStart.blank, rule: RowStart.footnoteRule, block: { index, emit in
            let text = blockText(index, of: document)
            text.wrapper.forEachLineStart(of: text.runs) { start, source in
                emit(.text(block: index, start: start, source: source))
            }
        }, body)
    }

    /// The line of block `index` that starts at `start` (as ``forEachLineStart(of:_:)``
    /// reported it).
    func line(ofBlock index: Int, startingAt start: LineStart, in document: Document) -> ArticleLine {
        let text = blockText(index, of: document)
        let line = text.wrapper.line(of: text.runs, startingAt: start) ?? WrappedLine(segments: [], source: nil)
        return ArticleLine(line: line, role: text.role, block: index)
    }

    /// Where a line of the article starts: in a block's text, or one of the lines between
    /// blocks.
    enum RowStart {
        case text(block: Int, start: LineStart, source: Range<Int>?)
        case blank
        case footnoteRule
    }

    /// The rule that opens a section's footnotes.
    var footnoteRule: ArticleLine {
        let rule = String(repeating: "─", count: min(width, 20))
        let line = LineWrapper(width: width).wrap([StyledRun(rule, style: theme.footnoteHeader)])[0]
        return ArticleLine(line: line, role: .footnoteHeader, block: nil)
    }

    /// Section `section` and its subsections (`show article#section`).
    func sections(under section: Int, in document: Document) -> Range<Int> {
        var end = section + 1
        while end < document.sections.count, isDescendant(end, of: section, in: document) { end += 1 }
        return section..<end
    }

    private func isDescendant(_ index: Int, of ancestor: Int, in document: Document) -> Bool {
        var parent = document.sections[index].parent
        while let current = parent {
            if current == ancestor { return true }
            parent = document.sections[current].parent
        }
        return false
    }

    /// The article in reading order: each block's lines (`block` lays block `index` out,
    /// handing each line to `emit`) and a blank line after it (none between the items of
    /// one list), each section's footnotes after the section under a rule. Blank lines are
    /// passed on once a line follows them: the text ends without one.
    private func walk<Row>(
        _ document: Document, sections: Range<Int>?, blank: Row, rule: Row,
        block: (_ index: Int, _ emit: (Row) -> Void) -> Void, _ body: (Row) -> Void
    ) {
        // `body` is called only from here and from `block` while `walk` runs.
        withoutActuallyEscaping(body) { body in
            var blanks = 0
            func emit(_ row: Row) {
                for _ in 0..<blanks { body(blank) }
                blanks = 0
                body(row)
            }
            func layOut(_ index: Int) {
                block(index, emit)
                if !isListItemBeforeAnother(index, in: document) { blanks += 1 }
            }
            for sectionIndex in sections ?? document.sections.indices {
                document.sections[sectionIndex].blocks.forEach(layOut)
                let notes = document.footnotes.filter { note in note.blocks.first.map { document.blocks[$0].sectionIndex == sectionIndex } ?? false }
                guard !notes.isEmpty else { continue }
                emit(rule)
                for note in notes { note.blocks.forEach(layOut) }
            }
        }
    }

    /// Consecutive items of one list are not separated by a blank line.
    private func isListItemBeforeAnother(_ index: Int, in document: Document) -> Bool {
        guard case .listItem = document.blocks[index].kind, index + 1 < document.bodyBlockCount else { return false }
        if case .listItem = document.blocks[index + 1].kind { return true }
        return false
    }

    /// A block's text ready to wrap: its runs in their styles, the wrapper with the block's
    /// prefixes (list marker, quote bar, footnote number) and the role of its lines.
    private struct BlockText<Runs: RandomAccessCollection<StyledRun>> where Runs.Index == Int {
        var runs: Runs
        var wrapper: LineWrapper
        var role: ArticleLine.Role
    }

    /// The runs are styled as the wrapper reads them, not all at once: making one line of
    /// a block of thousands of runs styles the runs of that line.
    private func blockText(_ index: Int, of document: Document) -> BlockText<LazyMapCollection<[InlineRun], StyledRun>> {
        let block = document.blocks[index]
        var role = ArticleLine.Role.text
        var wrapper = LineWrapper(width: width)
        var baseStyle = Style.plain
        switch block.kind {
        case .heading(let level):
            role = .heading(level: level)
            baseStyle = theme.headingStyle(level: level)
        case .paragraph:
            break
        case .listItem(let number, let depth):
            let indent = String(repeating: "   ", count: depth)
            let marker = number.map { "\($0). " } ?? "• "
            wrapper.firstPrefix = [StyledRun(indent), StyledRun(marker, style: theme.listMarker)]
            wrapper.restPrefix = [StyledRun(indent + String(repeating: " ", count: DisplayWidth.of(marker)))]
        case .listContinuation(let depth):
            let indent = StyledRun(String(repeating: "   ", count: depth + 1))
            wrapper.firstPrefix = [indent]
        case .blockQuote(let depth):
            let bar = StyledRun(String(repeating: "│ ", count: depth), style: theme.quoteBar)
            wrapper.firstPrefix = [bar]
            wrapper.restPrefix = [bar]
        case .footnote(let label, let first):
            let number = document.footnote(labeled: label)?.number ?? 0
            let marker = "[\(number)] "
            let pad = String(repeating: " ", count: DisplayWidth.of(marker))
            wrapper.firstPrefix = [StyledRun(first ? marker : pad, style: theme.footnoteMarker)]
            wrapper.restPrefix = [StyledRun(pad)]
        }
        let runs = block.runs.lazy.map { run in
            var styled = styledRun(run, document: document)
            if baseStyle != .plain { styled.style = baseStyle.patched(with: styled.style) }
            return styled
        }
        return BlockText(runs: runs, wrapper: wrapper, role: role)
    }

    /// The block's runs as styled runs, footnote references as `[n]` markers.
    func styledRuns(_ block: Block, document: Document) -> [StyledRun] {
        block.runs.map { styledRun($0, document: document) }
    }

    private func styledRun(_ run: InlineRun, document: Document) -> StyledRun {
        if let label = run.footnoteLabel {
            let number = document.footnote(labeled: label)?.number
            return StyledRun("[\(number.map(String.init) ?? label)]", style: theme.footnoteMarker,
                             source: .atom(run.range.start..<run.range.end), attachment: .footnote(label: label))
        }
        return StyledRun(run.text, style: theme.style(for: run.style), source: .text(start: run.range.start),
                         attachment: run.destination.map { .link(url: $0) })
    }
}
