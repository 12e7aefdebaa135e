import DossierCore

/// Selecting with the mouse in the reading pane: a press puts the character cursor (in
/// cursor mode) or ends a selection, a drag from the press selects the text between,
/// the release keeps the selection (then `h`, `a`, …); a double click selects a word.
enum MouseSelectionReducer {
    /// The plain-text offset shown at `point` of the reading pane, with the line it is
    /// on; a point above or below the text scrolls one line and takes the edge line.
    static func offset(at point: Point, scrolling: Bool, state: inout AppState) -> Int? {
        guard let rect = state.screenLayout.rect(for: .reading), let layout = state.laidOutArticle else { return nil }
        let body = PaneGeometry.body(of: rect)
        var row = point.y - body.y
        if scrolling && row < 0 {
            ReadingReducer.scrollView(by: -1, state: &state)
            row = 0
        } else if scrolling && row >= body.height {
            ReadingReducer.scrollView(by: 1, state: &state)
            row = body.height - 1
        }
        let line = state.reading.topLine + max(0, min(body.height - 1, row))
        guard layout.wrapped.indices.contains(line) else { return nil }
        let column = max(0, point.x - body.x - PaneGeometry.readingGutter)
        return LineColumns.offset(nearColumn: column, in: layout.wrapped[line])
    }

    /// The button went down (after the click was handled): remember where, for a drag;
    /// move the cursor there, ending a selection.
    static func press(at point: Point, state: inout AppState) {
        state.reading.dragAnchor = nil
        guard state.overlay == nil, state.screenLayout.pane(at: point) == .reading,
              let offset = offset(at: point, scrolling: false, state: &state),
              let text = state.library.selectableText(state.reading.articleID) else { return }
        let stop = text.stop(nearest: offset)
        state.reading.dragAnchor = stop
        switch state.reading.mode {
        case .reading: break
        case .cursor: state.reading.mode = .cursor(TextCursor(offset: stop))
        case .selecting(_, let returnsToCursor):
            state.reading.mode = returnsToCursor ? .cursor(TextCursor(offset: stop)) : .reading
        }
    }

    /// The pointer moved with the button down: select from the press to here.
    static func drag(to point: Point, state: inout AppState) {
        guard let anchor = state.reading.dragAnchor, state.overlay == nil,
              let offset = offset(at: point, scrolling: true, state: &state),
              let text = state.library.selectableText(state.reading.articleID),
              let layout = state.laidOutArticle else { return }
        let returnsToCursor: Bool
        switch state.reading.mode {
        case .reading: returnsToCursor = false
        case .cursor: returnsToCursor = true
        case .selecting(_, let back): returnsToCursor = back
        }
        state.focus = .reading
        state.reading.mode = .selecting(Selection(anchor: anchor, cursor: text.stop(nearest: offset)), returnsToCursor: returnsToCursor)
        SelectionReducer.followCursor(state: &state, layout: layout)
    }

    /// The button went up: a drag ends where the pointer is.
    static func release(at point: Point, state: inout AppState) {
        defer { state.reading.dragAnchor = nil }
        guard state.reading.dragAnchor != nil, state.reading.mode.selection != nil else { return }
        drag(to: point, state: &state)
        let keys = KeyMap.defaults
        state.message = "Selected: \(keys.keyName(.highlight, in: .selection)) highlights, \(keys.keyName(.annotate, in: .selection)) writes a note, \(keys.keyName(.cancel, in: .selection)) cancels"
    }

    /// A double click selects the word under the pointer.
    static func selectWord(line: Int, column: Int, state: inout AppState) {
        guard let layout = state.laidOutArticle, layout.wrapped.indices.contains(line),
              let offset = LineColumns.offset(nearColumn: max(0, column), in: layout.wrapped[line]),
              let text = state.library.selectableText(state.reading.articleID),
              let selection = Selection(covering: .word, at: offset, in: text) else { return }
        state.reading.mode = .selecting(selection, returnsToCursor: false)
        SelectionReducer.followCursor(state: &state, layout: layout)
    }
}
