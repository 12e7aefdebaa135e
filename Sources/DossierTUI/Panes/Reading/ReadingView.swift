import DossierCore

/// The reading pane's body: the article's lines from the top line, a gutter with the cursor
/// line's mark and a mark beside passages that events are anchored to; passages with
/// notes, the matches of the article search and the selection highlighted; the
/// character cursor in cursor mode.
struct ReadingView: Widget {
    var state: AppState
    var theme: Theme

    init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let focused = state.focus == .reading
        let body = area
        guard let layout = state.laidOutArticle else {
            buffer.put("Opening the article…", x: body.x + PaneGeometry.readingGutter, y: body.y, style: theme.dim, maxWidth: body.width)
            return
        }
        let search = state.reading.search?.article == state.reading.articleID ? state.reading.search : nil
        let longestHit = search?.hits.reduce(0) { max($0, $1.count) } ?? 0
        let selectedTelling = selectedTellingRange()
        let textX = body.x + PaneGeometry.readingGutter
        let textWidth = max(0, body.width - PaneGeometry.readingGutter)
        for row in 0..<body.height {
            let index = state.reading.topLine + row
            guard layout.lines.indices.contains(index) else { break }
            let y = body.y + row
            let line = layout.lines[index].line
            if index == state.reading.cursorLine {
                buffer.put("›", x: body.x, y: y, style: focused ? theme.strong : theme.dim)
            }
            if let mark = eventMark(for: line, selected: selectedTelling) {
                buffer.put(mark.symbol, x: body.x + 1, y: y, style: mark.style)
            }
            draw(line, at: Point(x: textX, y: y), width: textWidth, search: search, longestHit: longestHit, into: &buffer)
        }
    }

    /// `•` beside a passage events are anchored to; `▌` for the selected event's telling.
    func eventMark(for line: WrappedLine, selected: Range<Int>?) -> (symbol: String, style: Style)? {
        guard let timeline = state.library.timeline, let source = line.source, !source.isEmpty else { return nil }
        if let selected, selected.overlaps(source) { return ("▌", theme.gutterMark) }
        let range = TextRange(start: source.lowerBound, end: source.upperBound)
        return timeline.tellings(in: state.reading.articleID, overlapping: range).isEmpty ? nil : ("•", theme.gutterMark)
    }

    /// The plain-text range of the selected event's telling in this article, if any.
    func selectedTellingRange() -> Range<Int>? {
        guard let timeline = state.library.timeline, let id = state.timelinePane.selectedEventID,
              let event = timeline.event(withID: id) else { return nil }
        let article = state.reading.articleID
        let preferred = state.timelinePane.lastTelling.flatMap { $0.eventID == id ? event.mentions[$0.mention] : nil }
        let mention = preferred?.article == article ? preferred : event.mentions.first { $0.article == article && $0.range != nil }
        return mention?.range.map { $0.start..<$0.end }
    }

    /// Draws one line: its text, then laid over it the annotated passages, the search
    /// hits, the selection and the character cursor — each by exact columns. `longestHit`:
    /// the length of the search's longest hit.
    func draw(_ line: WrappedLine, at origin: Point, width: Int, search: ArticleSearch?, longestHit: Int, into buffer: inout ScreenBuffer) {
        Self.drawText(line, at: origin, width: width, theme: theme, into: &buffer)
        guard let source = line.source else { return }
        let highlights = state.annotations.derived.highlights
        if !highlights.isEmpty, state.annotations.derived.article.article == state.reading.articleID {
            HighlightSpans.apply(HighlightSpans.spans(for: line, highlights: highlights, theme: theme), to: &buffer, origin: origin, maxWidth: width)
        }
        if let search {
            for index in search.hits(overlapping: source, longest: longestHit) {
                let style = index == search.current ? theme.currentSearchHit : theme.searchHit
                HighlightSpans.apply(style, over: search.hits[index], of: line, to: &buffer, origin: origin, maxWidth: width)
            }
        }
        if let selected = selectedRange, selected.overlaps(source) {
            HighlightSpans.apply(theme.selection, over: selected, of: line, to: &buffer, origin: origin, maxWidth: width)
        }
        if let cursor = state.reading.mode.textCursor, source.contains(cursor.offset) {
            let column = LineColumns.column(of: cursor.offset, in: line) ?? line.width
            if column < width {
                buffer.patchStyle(Rect(x: origin.x + column, y: origin.y, width: 1, height: 1), with: theme.textCursor)
            }
        }
    }

    /// Draws a line of article text in its own styles (made fit for `theme`), clipped to
    /// `width` columns: shared with the tellings side by side, which show articles as
    /// this pane does, and the event card.
    static func drawText(_ line: WrappedLine, at origin: Point, width: Int, theme: Theme, into buffer: inout ScreenBuffer) {
        for segment in line.segments where segment.column < width {
            let style = theme.text.patched(with: theme.adapted(segment.style))
            buffer.put(segment.text, x: origin.x + segment.column, y: origin.y, style: style, maxWidth: width - segment.column)
        }
    }

    /// The plain-text range of the selection being made, if any.
    var selectedRange: Range<Int>? {
        guard let selection = state.reading.mode.selection, let text = state.library.selectableTexts[state.reading.articleID] else { return nil }
        let range = selection.range(in: text)
        return range.start..<range.end
    }
}
