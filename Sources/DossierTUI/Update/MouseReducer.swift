/// The mouse: the wheel scrolls the pane under the pointer, a click focuses the pane and
/// selects what is under it (a section, an event, a line; a footnote marker opens).
enum MouseReducer {
    /// Lines or rows one wheel notch moves.
    static let wheelStep = 3

    static func handle(_ event: MouseEvent, state: inout AppState, effects: inout [Effect]) {
        guard state.screenLayout.mode != .tooSmall, state.prompt == nil else { return }
        switch event.action {
        case .wheelUp: wheel(-wheelStep, at: event.position, state: &state, effects: &effects)
        case .wheelDown: wheel(wheelStep, at: event.position, state: &state, effects: &effects)
        case .press, .click: click(at: event.position, double: false, state: &state, effects: &effects)
        case .doubleClick: click(at: event.position, double: true, state: &state, effects: &effects)
        case .release: break
        }
    }

    static func wheel(_ delta: Int, at point: Point, state: inout AppState, effects: inout [Effect]) {
        if let overlay = state.overlay {
            OverlayReducer.handle(delta > 0 ? .lineDown : .lineUp, overlay: overlay, state: &state, effects: &effects)
            if let again = state.overlay {
                for _ in 1..<abs(delta) {
                    OverlayReducer.handle(delta > 0 ? .lineDown : .lineUp, overlay: state.overlay ?? again, state: &state, effects: &effects)
                }
            }
            return
        }
        switch state.screenLayout.pane(at: point) {
        case .reading?: ReadingReducer.scrollView(by: delta, state: &state)
        case .browser?:
            let rows = BrowserRows.rows(library: state.library, expanded: state.browser.expanded)
            BrowserReducer.move(by: delta, rows: rows, height: state.listHeight(of: .browser), state: &state)
        case .timeline?:
            guard let timeline = state.library.timeline else { return }
            let rows = TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter)
            TimelineReducer.move(by: delta, rows: rows, timeline: timeline, state: &state)
            state.focus = .timeline
        case .notes?, nil: break
        }
    }

    static func click(at point: Point, double: Bool, state: inout AppState, effects: inout [Effect]) {
        if state.overlay != nil {
            clickInPopup(at: point, state: &state, effects: &effects)
            return
        }
        guard let pane = state.screenLayout.pane(at: point), let rect = state.screenLayout.rect(for: pane) else { return }
        state.focus = pane
        let body = PaneGeometry.body(of: rect)
        guard body.contains(x: point.x, y: point.y) else { return }
        switch pane {
        case .reading:
            guard let layout = state.laidOutArticle else { return }
            let line = state.reading.topLine + (point.y - body.y)
            guard layout.lines.indices.contains(line) else { return }
            state.reading.cursorLine = line
            let column = point.x - body.x - PaneGeometry.readingGutter
            if let segment = layout.lines[line].line.segments.first(where: { column >= $0.column && column < $0.column + $0.width }),
               case .footnote(let label) = segment.attachment {
                state.overlay = .footnote(FootnotePopup(article: state.reading.articleID, label: label))
            }
        case .browser:
            let rows = BrowserRows.rows(library: state.library, expanded: state.browser.expanded)
            let row = state.browser.top + (point.y - body.y)
            guard rows.indices.contains(row) else { return }
            state.browser.cursor = row
            BrowserReducer.activate(rows[row], state: &state, effects: &effects)
        case .timeline:
            guard let timeline = state.library.timeline else { return }
            let list = PaneGeometry.timelineList(of: rect)
            guard list.contains(x: point.x, y: point.y) else { return }
            let rows = TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter)
            let row = state.timelinePane.top + (point.y - list.y)
            guard rows.indices.contains(row), let index = rows[row].eventIndex else { return }
            let wasSelected = state.timelinePane.selectedEventID == timeline.events[index].id
            state.timelinePane.selectedEventID = timeline.events[index].id
            if wasSelected || double { TimelineReducer.jumpToSelected(timeline: timeline, state: &state, effects: &effects) }
        case .notes:
            break
        }
    }

    /// A click outside the popup closes it; on a row of a list popup selects and opens it.
    static func clickInPopup(at point: Point, state: inout AppState, effects: inout [Effect]) {
        guard let overlay = state.overlay else { return }
        let frame: Rect
        switch overlay {
        case .footnote(let popup): frame = FootnoteContent.frame(popup, library: state.library, screen: state.size)
        default: frame = PopupGeometry.frame(screen: state.size, contentHeight: state.size.height)
        }
        guard frame.contains(x: point.x, y: point.y) else {
            state.overlay = nil
            return
        }
        let body = PopupGeometry.body(of: frame)
        let row = point.y - body.y
        guard row >= 0 && row < body.height else { return }
        switch overlay {
        case .related(var list):
            let index = list.cursor.top + row
            guard list.items.indices.contains(index) else { return }
            list.cursor.selected = index
            state.overlay = .related(list)
            OverlayReducer.handle(.activate, overlay: .related(list), state: &state, effects: &effects)
        case .filter(var picker):
            let index = picker.cursor.top + row
            guard picker.options.indices.contains(index) else { return }
            picker.cursor.selected = index
            state.overlay = .filter(picker)
            OverlayReducer.handle(.activate, overlay: .filter(picker), state: &state, effects: &effects)
        case .searchResults(var results):
            let rows = SearchResultRows.rows(for: results.hits)
            let index = results.cursor.top + row
            guard rows.indices.contains(index), case .hit(let hit) = rows[index] else { return }
            results.cursor.selected = hit
            state.overlay = .searchResults(results)
            OverlayReducer.handle(.activate, overlay: .searchResults(results), state: &state, effects: &effects)
        case .help, .footnote:
            break
        }
    }
}
