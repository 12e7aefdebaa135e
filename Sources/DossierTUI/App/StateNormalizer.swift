import DossierCore

/// What must hold after every event, whatever changed: the article is laid out at the
/// current width, positions are inside their lists, the character cursor is on the
/// cursor line, the search has hits for the article shown, the notes drawn are those
/// of the article shown, the focused pane is on screen, and the timeline follows the
/// reading.
enum StateNormalizer {
    static func normalize(_ state: inout AppState) {
        refreshNotes(&state)
        guard state.screenLayout.mode != .tooSmall else { return }
        if !state.screenLayout.isVisible(state.focus) && state.screenLayout.mode == .wide { state.focus = .reading }
        relayout(&state)
        SelectionReducer.followCursorLine(state: &state)
        refreshSearch(&state)
        let rows = BrowserRows.rows(library: state.library, expanded: state.browser.expanded)
        var browser = ListCursor(selected: state.browser.cursor, top: state.browser.top)
        browser.keepVisible(count: rows.count, height: state.listHeight(of: .browser))
        state.browser.cursor = browser.selected
        state.browser.top = browser.top
        followReading(&state)
        EventCardReducer.refreshCache(&state)
        SideBySideReducer.normalize(&state)
    }

    /// Lays the article out at the current width. When the width changed (a resize, a
    /// side pane unfolded), the top line keeps its plain-text offset — not its line
    /// number — and the cursor stays on screen.
    static func relayout(_ state: inout AppState) {
        let width = state.readingTextWidth
        let old = state.reading.width > 0 && state.reading.width != width ? state.laidOutArticle : nil
        guard let layout = state.library.layout(article: state.reading.articleID, width: width) else { return }
        if let old {
            let topOffset = state.reading.topLine == 0 ? nil : old.anchorOffset(atLine: state.reading.topLine)
            let cursorOffset = old.anchorOffset(atLine: state.reading.cursorLine)
            state.reading.topLine = topOffset.map { layout.lineIndex(containing: $0) } ?? 0
            state.reading.cursorLine = cursorOffset.map { layout.lineIndex(containing: $0) } ?? state.reading.topLine
            let height = state.readingHeight
            if let cursor = state.reading.mode.textCursor {
                // The character cursor keeps its character; the view follows it.
                state.reading.cursorLine = layout.lineShowing(cursor.offset)
                if state.reading.cursorLine < state.reading.topLine { state.reading.topLine = state.reading.cursorLine }
                if state.reading.cursorLine >= state.reading.topLine + height { state.reading.topLine = state.reading.cursorLine - height + 1 }
            } else if state.reading.cursorLine < state.reading.topLine || state.reading.cursorLine >= state.reading.topLine + height {
                state.reading.cursorLine = state.reading.topLine
            }
        }
        state.reading.width = width
        ReadingReducer.clamp(state: &state, layout: layout)
    }

    /// Rebuilds what the panes draw from the notes when the notes, the article or the
    /// timeline changed; keeps the notes pane's selection on a listed note.
    static func refreshNotes(_ state: inout AppState) {
        let key = NotesDerived.Key(revision: state.annotations.revision, article: state.reading.articleID,
                                   hasTimeline: state.library.timeline != nil)
        guard state.annotations.derived.key != key else { return }
        var derived = NotesDerived.compute(article: state.reading.articleID, notes: state.annotations.collection,
                                           timeline: state.library.timeline)
        derived.key = key
        state.annotations.derived = derived
    }

    /// Finds the search's matches again in the article now shown.
    static func refreshSearch(_ state: inout AppState) {
        guard let search = state.reading.search, search.article != state.reading.articleID,
              let document = state.document else { return }
        var fresh = ArticleSearchReducer.search(search.query, article: state.reading.articleID, document: document)
        if let cursorOffset = state.laidOutArticle?.anchorOffset(atLine: state.reading.cursorLine), let hits = fresh?.hits {
            fresh?.current = hits.firstIndex { $0.upperBound > cursorOffset }
        }
        state.reading.search = fresh
    }

    /// While the timeline is not focused, its selection follows the reading — the event told
    /// on the cursor line, else the events told on screen — and is always kept in view.
    static func followReading(_ state: inout AppState) {
        guard let timeline = state.library.timeline else { return }
        var followed = false
        if state.focus != .timeline && state.overlay == nil {
            let onCursorLine = ReadingViewport.eventIDs(onLine: state.reading.cursorLine, state)
            let candidates = onCursorLine.isEmpty ? ReadingViewport.visibleEventIDs(state) : onCursorLine
            if let first = candidates.first, !candidates.contains(state.timelinePane.selectedEventID ?? "") {
                state.timelinePane.selectedEventID = first
                followed = true
            }
        }
        let rows = TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter)
        if state.timelinePane.selectedEventID == nil, let first = rows.lazy.compactMap(\.eventIndex).first {
            state.timelinePane.selectedEventID = timeline.events[first].id
        }
        guard let row = TimelineRows.row(of: state.timelinePane.selectedEventID, in: rows, timeline: timeline) else { return }
        let height = state.listHeight(of: .timeline)
        var cursor = ListCursor(selected: row, top: state.timelinePane.top)
        if followed {
            // Following the reading: the event being read a third of the way down.
            cursor.top = max(0, row - height / 3)
        }
        cursor.keepVisible(count: rows.count, height: height)
        // Show the era heading above the first event of an era when it fits.
        if cursor.top == row, row > 0, rows[row - 1].eventIndex == nil { cursor.top = row - 1 }
        state.timelinePane.top = cursor.top
    }
}
