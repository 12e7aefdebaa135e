import DossierCore

/// The reading pane: the article's lines from the top line, a gutter with the cursor
/// line's mark and a mark beside passages that events are anchored to, and the
/// matches of the article search highlighted.
public struct ReadingView: Widget {
    public var state: AppState
    public var theme: Theme

    public init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let focused = state.focus == .reading
        PaneTitle(title: "Reading", detail: state.article?.metadata.title, focused: focused, theme: theme)
            .render(into: &buffer, area: area)
        let body = PaneGeometry.body(of: area)
        guard let layout = state.laidOutArticle else {
            buffer.put("Opening the article…", x: body.x + PaneGeometry.readingGutter, y: body.y, style: theme.dim, maxWidth: body.width)
            return
        }
        let search = state.reading.search?.article == state.reading.articleID ? state.reading.search : nil
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
            draw(line, at: Point(x: textX, y: y), width: textWidth, search: search, into: &buffer)
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

    /// Draws one line, laying the search-hit style over matched characters.
    func draw(_ line: WrappedLine, at origin: Point, width: Int, search: ArticleSearch?, into buffer: inout ScreenBuffer) {
        let hits = search.map { search in
            search.hits.enumerated().filter { hit in line.source.map { hit.element.overlaps($0) } ?? false }
        } ?? []
        for segment in line.segments where segment.column < width {
            let style = theme.text.patched(with: theme.adapted(segment.style))
            guard !hits.isEmpty, let source = segment.source, source.count == segment.text.unicodeScalars.count else {
                buffer.put(segment.text, x: origin.x + segment.column, y: origin.y, style: style, maxWidth: width - segment.column)
                continue
            }
            var column = segment.column
            var offset = source.lowerBound
            for character in segment.text {
                guard column < width else { break }
                let scalars = character.unicodeScalars.count
                var characterStyle = style
                if let hit = hits.first(where: { $0.element.overlaps(offset..<(offset + scalars)) }) {
                    characterStyle = style.patched(with: hit.offset == search?.current ? theme.currentSearchHit : theme.searchHit)
                }
                column += buffer.put(String(character), x: origin.x + column, y: origin.y, style: characterStyle, maxWidth: width - column)
                offset += scalars
            }
        }
    }
}
