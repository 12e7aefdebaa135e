import DossierCore

/// One line of a laid-out article and the block it belongs to.
public struct ArticleLine: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        case heading(level: Int)
        case text
        case blank
        /// The "Notes" line that opens a section's footnotes.
        case footnoteHeader
    }

    public var line: WrappedLine
    public var role: Role
    /// Index into `Document.blocks`; nil for blank and header lines.
    public var block: Int?
}

/// Lays an article out as lines of a given display width: headings, wrapped paragraphs,
/// list numbers and bullets with hanging indents, quote bars, footnote markers `[n]`, and
/// each section's footnotes after the section. Shared by the reading pane and `dossier show`,
/// so both read the same.
public struct ArticleLayout: Sendable {
    public var width: Int
    public var theme: ReadingTheme

    public init(width: Int, theme: ReadingTheme = .standard) {
        self.width = max(10, width)
        self.theme = theme
    }

    /// The lines of `sections` (all of them by default), each followed by its footnotes.
    public func lines(for document: Document, sections: Range<Int>? = nil) -> [ArticleLine] {
        var lines: [ArticleLine] = []
        forEachLine(of: document, sections: sections) { lines.append($0) }
        return lines
    }

    /// The lines of `sections` (all of them by default) handed to `body` in order as
    /// they are laid out, so that `show` prints an article of any size holding one
    /// block's lines at a time.
    public func forEachLine(of document: Document, sections: Range<Int>? = nil, _ body: (ArticleLine) -> Void) {
        // Blank lines are passed on once a line follows them: the text ends without one.
        var blanks: [ArticleLine] = []
        func emit(_ line: ArticleLine) {
            if line.role == .blank {
                blanks.append(line)
                return
            }
            blanks.forEach(body)
            blanks.removeAll()
            body(line)
        }
        for sectionIndex in sections ?? document.sections.indices {
            let section = document.sections[sectionIndex]
            for blockIndex in section.blocks {
                layOutBlock(blockIndex, of: document, emit)
            }
            layOutFootnotes(ofSection: sectionIndex, document: document, emit)
        }
    }

    /// Section `section` and its subsections (`show article#section`).
    public func sections(under section: Int, in document: Document) -> Range<Int> {
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

    private func layOutBlock(_ index: Int, of document: Document, _ emit: (ArticleLine) -> Void) {
        let block = document.blocks[index]
        let runs = styledRuns(block, document: document)
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
        let styled = baseStyle == .plain ? runs : runs.map { run in
            var copy = run
            copy.style = baseStyle.patched(with: run.style)
            return copy
        }
        wrapper.wrap(styled) { line in
            emit(ArticleLine(line: line, role: role, block: index))
        }
        if case .footnote = block.kind {} else if case .listItem = block.kind, nextIsListItem(after: index, in: document) {
            return
        }
        emit(ArticleLine(line: WrappedLine(segments: [], source: nil), role: .blank, block: nil))
    }

    /// Consecutive items of one list are not separated by a blank line.
    private func nextIsListItem(after index: Int, in document: Document) -> Bool {
        guard index + 1 < document.bodyBlockCount else { return false }
        if case .listItem = document.blocks[index + 1].kind { return true }
        return false
    }

    private func layOutFootnotes(ofSection section: Int, document: Document, _ emit: (ArticleLine) -> Void) {
        let notes = document.footnotes.filter { note in note.blocks.first.map { document.blocks[$0].sectionIndex == section } ?? false }
        guard !notes.isEmpty else { return }
        let rule = String(repeating: "─", count: min(width, 20))
        let header = LineWrapper(width: width).wrap([StyledRun(rule, style: theme.footnoteHeader)])
        emit(ArticleLine(line: header[0], role: .footnoteHeader, block: nil))
        for note in notes {
            for block in note.blocks {
                layOutBlock(block, of: document, emit)
            }
        }
    }

    /// The block's runs as styled runs, footnote references as `[n]` markers.
    public func styledRuns(_ block: Block, document: Document) -> [StyledRun] {
        block.runs.map { run -> StyledRun in
            if let label = run.footnoteLabel {
                let number = document.footnote(labeled: label)?.number
                return StyledRun("[\(number.map(String.init) ?? label)]", style: theme.footnoteMarker,
                                 source: .atom(run.range.start..<run.range.end), attachment: .footnote(label: label))
            }
            return StyledRun(run.text, style: theme.style(for: run.style), source: .text(start: run.range.start),
                             attachment: run.destination.map { .link(url: $0) })
        }
    }
}

