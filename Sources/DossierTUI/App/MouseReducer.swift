/// The mouse: the wheel scrolls the pane under the pointer, a click focuses the pane and
/// selects what is under it (a section, an event, a note, a line; a footnote marker
/// opens); a drag in the reading pane selects text (``MouseSelectionReducer``).
enum MouseReducer {
    /// Lines or rows one wheel notch moves.
    static let wheelStep = 3

    static func handle(_ event: MouseEvent, state: inout AppState, effects: inout [Effect]) {
        guard state.screenLayout.mode != .tooSmall, state.prompt == nil else { return }
        switch event.action {
        case .wheelUp: wheel(-wheelStep, at: event.position, state: &state, effects: &effects)
        case .wheelDown: wheel(wheelStep, at: event.position, state: &state, effects: &effects)
        case .press:
            click(at: event.position, double: false, state: &state, effects: &effects)
            MouseSelectionReducer.press(at: event.position, state: &state)
        case .click: click(at: event.position, double: false, state: &state, effects: &effects)
        case .doubleClick: click(at: event.position, double: true, state: &state, effects: &effects)
        case .drag: MouseSelectionReducer.drag(to: event.position, state: &state)
        case .release: MouseSelectionReducer.release(at: event.position, state: &state)
        }
    }

    static func wheel(_ delta: Int, at point: Point, state: inout AppState, effects: inout [Effect]) {
        switch state.overlay {
        case .sideBySide(let view)?:
            SideBySideReducer.wheel(delta, at: point, view: view, state: &state)
            return
        case .eventCard(let card)?:
            EventCardReducer.scroll(card, by: delta, state: &state)
            return
        default:
            break
        }
        if let overlay = state.overlay {
            OverlayReducer.handle(delta > 0 ? .lineDown : .lineUp, overlay: overlay, state: &state, effects: &effects)
            if let again = state.overlay {
                for _ in 1..<abs(delta) {
                    OverlayReducer.handle(delta > 0 ? .lineDown : .lineUp, overlay: state.overlay ?? again, state: &state, effects: &effects)
                }
            }
            return
        }
        state.screenLayout.pane(at: point)?.content.wheel(delta, state: &state)
    }

    static func click(at point: Point, double: Bool, state: inout AppState, effects: inout [Effect]) {
        if case .noteEditor(var editor)? = state.overlay {
            // Never closed by a click (its text would be lost): a click in the text moves the cursor.
            let area = NoteEditorGeometry(screen: state.size, quote: editor.quote).textArea
            guard area.contains(x: point.x, y: point.y) else { return }
            editor.moveCursor(toRow: point.y - area.y, column: point.x - area.x)
            state.overlay = .noteEditor(editor)
            return
        }
        if case .sideBySide(let view)? = state.overlay {
            SideBySideReducer.click(at: point, view: view, state: &state)
            return
        }
        if case .eventCard(let card)? = state.overlay {
            EventCardReducer.click(at: point, card: card, state: &state, effects: &effects)
            return
        }
        if state.overlay != nil {
            clickInPopup(at: point, state: &state, effects: &effects)
            return
        }
        guard let pane = state.screenLayout.pane(at: point), let rect = state.screenLayout.rect(for: pane) else { return }
        state.focus = pane
        let body = PaneGeometry.body(of: rect)
        guard body.contains(x: point.x, y: point.y) else { return }
        pane.content.click(at: point, body: body, double: double, state: &state, effects: &effects)
    }

    /// A click outside the popup closes it; on a row of a list popup selects and opens it.
    static func clickInPopup(at point: Point, state: inout AppState, effects: inout [Effect]) {
        guard let overlay = state.overlay else { return }
        let frame: Rect
        switch overlay {
        case .footnote(let popup): frame = FootnoteContent.frame(popup, library: state.library, screen: state.size)
        case .notesBrowser: frame = NotesBrowserLayout(screen: state.size).frame
        default: frame = PopupGeometry.frame(screen: state.size, contentHeight: state.size.height)
        }
        guard frame.contains(x: point.x, y: point.y) else {
            state.overlay = nil
            return
        }
        let body = PopupGeometry.body(of: frame)
        let row = point.y - body.y
        guard row >= 0 && row < body.height else { return }
        // Select the clicked row (among those the typed filter keeps), then act as Enter does.
        let selected: Overlay?
        switch overlay {
        case .searchResults(var results):
            let rows = SearchResultRows.rows(for: results.shownHits)
            guard let index = results.cursor.index(atRow: row, count: rows.count), case .hit(let hit) = rows[index] else { return }
            results.cursor.selected = hit
            selected = .searchResults(results)
        case .marks:
            selected = overlay.selectingRow(row, count: state.library.positions.marks.count)
        default:
            selected = overlay.selectingRow(row, count: ListPopupRows.visible(in: overlay, state: state).count)
        }
        guard let chosen = selected else { return }
        state.overlay = chosen
        OverlayReducer.handle(.activate, overlay: chosen, state: &state, effects: &effects)
    }
}
