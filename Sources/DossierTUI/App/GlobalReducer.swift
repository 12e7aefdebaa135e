/// Commands that mean the same in every pane (panes, history, help, searching, stepping
/// through events, notes), and those of the reading pane's cursor and selection; the
/// rest go to the focused pane's reducer.
enum GlobalReducer {
    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect]) {
        switch command {
        case .nextPane, .previousPane, .focusBrowser, .focusReading, .focusTimeline, .focusNotes:
            PaneReducer.handle(command, state: &state)
        case .back: Navigator.back(state: &state, effects: &effects)
        case .forward: Navigator.forward(state: &state, effects: &effects)
        case .help: state.overlay = .help(top: 0)
        case .redraw: effects.append(.redraw)
        case .quit: KeyReducer.quit(state: &state, effects: &effects)
        case .search:
            state.prompt = PromptState(kind: .articleSearch)
        case .searchCollection:
            state.prompt = PromptState(kind: .collectionSearch)
        case .searchNext: ArticleSearchReducer.step(forward: true, state: &state, effects: &effects)
        case .searchPrevious: ArticleSearchReducer.step(forward: false, state: &state, effects: &effects)
        case .previousEvent: TimelineReducer.step(forward: false, state: &state, effects: &effects)
        case .nextEvent: TimelineReducer.step(forward: true, state: &state, effects: &effects)
        case .otherTelling, .previousTelling, .relatedEvents:
            // The selected event: the timeline's, which follows the reading pane's cursor line.
            TimelineReducer.handle(command, state: &state, effects: &effects)
        case .eventCard: EventCardReducer.open(atConflicts: false, state: &state)
        case .eventConflicts: EventCardReducer.open(atConflicts: true, state: &state)
        case .startCursor, .startSelection, .swapEnds,
             .extendCharacterForward, .extendCharacterBackward, .extendLineDown, .extendLineUp,
             .extendWordForward, .extendWordBackward, .extendWordEnd, .extendSentenceForward,
             .extendSentenceBackward, .extendParagraphForward, .extendParagraphBackward:
            SelectionReducer.handle(command, state: &state)
        case .cancel where state.focus == .reading && state.reading.mode != .reading:
            SelectionReducer.handle(command, state: &state)
        case .highlight, .annotate, .askQuestion, .editInEditor, .deleteNote, .undo, .reattach, .confirmAnchor:
            NoteActionsReducer.handle(command, state: &state, effects: &effects)
        default:
            state.focus.content.handle(command, state: &state, effects: &effects)
        }
    }
}
