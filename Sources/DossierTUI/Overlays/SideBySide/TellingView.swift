import DossierCore

/// One side of the tellings side by side, under its title row: the article's lines from
/// the side's top line as the reading pane draws them, the telling's passage in the
/// highlight style with `▌` beside it, the words the articles disagree on (its article's
/// claims in the event's conflicts) in the conflict style.
struct TellingView: Widget {
    var event: Event
    var side: SideBySide.Side
    var library: LibraryState
    var theme: Theme

    func render(into buffer: inout ScreenBuffer, area body: Rect) {
        guard event.mentions.indices.contains(side.mention) else { return }
        let mention = event.mentions[side.mention]
        let width = side.width > 0 ? side.width : PaneGeometry.readingTextWidth(paneWidth: body.width)
        guard let layout = library.peekLayout(article: mention.article, width: width),
              let document = library.documents[mention.article] else {
            buffer.put("Opening the article…", x: body.x + PaneGeometry.readingGutter, y: body.y, style: theme.dim, maxWidth: body.width)
            return
        }
        let passage = mention.range.map { $0.start..<$0.end }
        let conflictWords = ConflictWords.ranges(in: mention, of: event, document: document)
        let textX = body.x + PaneGeometry.readingGutter
        let textWidth = max(0, body.width - PaneGeometry.readingGutter)
        for row in 0..<body.height {
            let index = side.top + row
            guard layout.lines.indices.contains(index) else { break }
            let line = layout.lines[index].line
            let origin = Point(x: textX, y: body.y + row)
            ReadingView.drawText(line, at: origin, width: textWidth, theme: theme, into: &buffer)
            guard let source = line.source, let passage, source.overlaps(passage) else { continue }
            buffer.put("▌", x: body.x + 1, y: origin.y, style: theme.gutterMark)
            HighlightSpans.apply(theme.annotationStyle(for: .highlight), over: passage, of: line, to: &buffer, origin: origin, maxWidth: textWidth)
            for words in conflictWords where words.overlaps(source) {
                HighlightSpans.apply(theme.conflictMark, over: words, of: line, to: &buffer, origin: origin, maxWidth: textWidth)
            }
        }
    }
}
