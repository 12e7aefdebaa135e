import DossierCore

/// The reading pane's character cursor and selection (see ``ReadingMode``): `c` and
/// `v` start them at the cursor line, the motions of the key table's cursor context
/// move the cursor (the selection's free end), `o` swaps the ends, Esc leaves. The
/// view follows the cursor, and the cursor line (`›`) is always the cursor's line.
enum SelectionReducer {
    static func handle(_ command: Command, state: inout AppState) {
        guard state.focus == .reading || command == .cancel else { return }
        guard let layout = state.laidOutArticle, let text = state.library.selectableText(state.reading.articleID) else { return }
        let mode = state.reading.mode
        switch command {
        case .startCursor:
            switch mode {
            case .reading: state.reading.mode = .cursor(startCursor(state: state, layout: layout, text: text))
            case .cursor: state.reading.mode = .reading
            case .selecting(let selection, _): state.reading.mode = .cursor(selection.cursor)
            }
        case .startSelection:
            switch mode {
            case .reading:
                state.reading.mode = .selecting(Selection(at: startCursor(state: state, layout: layout, text: text)), returnsToCursor: false)
            case .cursor(let cursor):
                state.reading.mode = .selecting(Selection(at: cursor), returnsToCursor: true)
            case .selecting:
                cancel(state: &state)
            }
        case .swapEnds:
            guard let selection = mode.selection, case .selecting(_, let back) = mode else {
                state.message = "o swaps the ends of a selection; v starts one"
                return
            }
            state.reading.mode = .selecting(selection.swappingEnds(), returnsToCursor: back)
        case .cancel:
            cancel(state: &state)
        default:
            guard mode != .reading else { return }
            move(command, layout: layout, text: text, state: &state)
        }
        followCursor(state: &state, layout: layout)
    }

    /// Esc: a selection ends (back to the cursor when it was started from there), the
    /// cursor mode ends.
    static func cancel(state: inout AppState) {
        switch state.reading.mode {
        case .reading:
            break
        case .cursor:
            state.reading.mode = .reading
        case .selecting(let selection, let returnsToCursor):
            state.reading.mode = returnsToCursor ? .cursor(selection.cursor) : .reading
        }
    }

    /// Where `c` and `v` put the cursor: the first character of the cursor line (of the
    /// next line with text, on a blank line or a heading's decoration).
    static func startCursor(state: AppState, layout: LaidOutArticle, text: SelectableText) -> TextCursor {
        let offset = layout.anchorOffset(atLine: state.reading.cursorLine) ?? text.firstStop
        return TextCursor(offset: text.stop(nearest: offset))
    }

    /// The motion a command stands for (`nil`: a line motion).
    static func motion(for command: Command) -> TextMotion? {
        switch command {
        case .extendCharacterForward: return .characterForward
        case .extendCharacterBackward: return .characterBackward
        case .extendWordForward: return .wordForward
        case .extendWordBackward: return .wordBackward
        case .extendWordEnd: return .wordEnd
        case .extendSentenceForward: return .sentenceForward
        case .extendSentenceBackward: return .sentenceBackward
        case .extendParagraphForward: return .paragraphForward
        case .extendParagraphBackward: return .paragraphBackward
        default: return nil
        }
    }

    /// Moves the cursor, or the selection's free end, by `command`.
    static func move(_ command: Command, layout: LaidOutArticle, text: SelectableText, state: inout AppState) {
        let lines = command == .extendLineDown ? 1 : command == .extendLineUp ? -1 : 0
        let motion = motion(for: command)
        guard lines != 0 || motion != nil else { return }
        switch state.reading.mode {
        case .reading:
            return
        case .cursor(let cursor):
            let moved = lines != 0 ? cursor.moved(lines: lines, in: layout.wrapped, index: layout.sourceIndex, text: text) : cursor.moved(motion ?? .characterForward, in: text)
            state.reading.mode = .cursor(moved)
        case .selecting(let selection, let back):
            let moved = lines != 0
                ? selection.extended(lines: lines, in: layout.wrapped, index: layout.sourceIndex, text: text)
                : selection.extended(by: motion ?? .characterForward, in: text)
            state.reading.mode = .selecting(moved, returnsToCursor: back)
        }
    }

    /// Puts the cursor line on the character cursor and scrolls it into view.
    static func followCursor(state: inout AppState, layout: LaidOutArticle) {
        guard let cursor = state.reading.mode.textCursor else { return }
        let line = layout.lineShowing(cursor.offset)
        state.reading.cursorLine = line
        let height = state.readingHeight
        if line < state.reading.topLine { state.reading.topLine = line }
        if line >= state.reading.topLine + height { state.reading.topLine = line - height + 1 }
        ReadingReducer.clamp(state: &state, layout: layout)
    }

    /// After something else moved the cursor line (paging, a search, the mouse wheel),
    /// the character cursor goes to that line, keeping its column; a selection grows
    /// or shrinks to it.
    static func followCursorLine(state: inout AppState) {
        guard let cursor = state.reading.mode.textCursor, let layout = state.laidOutArticle,
              let text = state.library.selectableTexts[state.reading.articleID] else { return }
        let line = state.reading.cursorLine
        // Asked after every event: the cursor's line is found (its lines made) once.
        let shown = layout.lineShowing(cursor.offset)
        guard layout.wrapped.indices.contains(line), shown != line else { return }
        let column = cursor.goalColumn ?? LineColumns.column(of: cursor.offset, in: layout.wrapped[shown]) ?? 0
        var target: Int?
        var index = line
        while target == nil && index < layout.wrapped.count {
            target = LineColumns.offset(nearColumn: column, in: layout.wrapped[index])
            index += 1
        }
        guard let offset = target else { return }
        let moved = TextCursor(offset: text.stop(nearest: offset), goalColumn: column)
        switch state.reading.mode {
        case .reading: break
        case .cursor: state.reading.mode = .cursor(moved)
        case .selecting(var selection, let back):
            selection.cursor = moved
            state.reading.mode = .selecting(selection, returnsToCursor: back)
        }
        followCursor(state: &state, layout: layout)
    }
}
