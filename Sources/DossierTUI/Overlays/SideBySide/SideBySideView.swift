import DossierCore

/// The tellings side by side over the panes: each side a title row (article · section ·
/// the date as told · which telling) and the article's lines as the reading pane draws
/// them, the telling's passage in the highlight style with `▌` beside it, the words the
/// articles disagree on in the conflict style.
struct SideBySideView: Widget {
    var view: SideBySide
    var state: AppState
    var theme: Theme

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard let event = state.library.timeline?.event(withID: view.eventID) else { return }
        let geometry = SideBySideGeometry(screen: state.size)
        buffer.fill(Rect(size: state.size).inset(bottom: 1), style: theme.text)
        Separators(rects: [geometry.separator], theme: theme).render(into: &buffer, area: area)
        for choice in [SideBySide.Choice.first, .second] {
            renderSide(choice, event: event, geometry: geometry, into: &buffer)
        }
    }

    func renderSide(_ choice: SideBySide.Choice, event: Event, geometry: SideBySideGeometry, into buffer: inout ScreenBuffer) {
        let side = view[choice]
        let rect = geometry.rect(choice)
        guard event.mentions.indices.contains(side.mention) else { return }
        let mention = event.mentions[side.mention]
        PaneTitle(title: mention.article, detail: Self.detail(of: side.mention, in: event), focused: view.chosen == choice, theme: theme)
            .render(into: &buffer, area: rect)
        let body = PaneGeometry.body(of: rect)
        let width = side.width > 0 ? side.width : geometry.textWidth(choice)
        guard let layout = state.library.peekLayout(article: mention.article, width: width),
              let document = state.library.documents[mention.article] else {
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

    /// "as told: 1962 · telling 2 of 6 · Historical Recount": the section last, where a
    /// narrow side cuts it.
    static func detail(of mention: Int, in event: Event) -> String {
        let resolved = SideBySideReducer.resolvedMentions(of: event)
        let told = event.mentions[mention]
        let position = (resolved.firstIndex(of: mention) ?? 0) + 1
        return [told.dateAsTold.map { "as told: \($0)" }, "telling \(position) of \(resolved.count)", told.sectionTitle]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
