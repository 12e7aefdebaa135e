import DossierCore

/// The event card's commands: opening it (`e` on the reading pane's cursor line or on the
/// timeline's selection, `!` at the conflicts), choosing a row with j/k, Enter on a row,
/// `[` / `]` to the events before and after in time.
enum EventCardReducer {
    /// `e` / `!`: the card of the event at hand — in the reading pane, the event told on the
    /// cursor line (a list when several are); elsewhere, the timeline's selected event.
    static func open(atConflicts: Bool, state: inout AppState) {
        guard state.library.timeline != nil else {
            state.message = "The timeline is still loading"
            return
        }
        let ids: [String]
        if state.focus == .reading {
            ids = ReadingViewport.eventIDs(onLine: state.reading.cursorLine, state)
            guard !ids.isEmpty else {
                state.message = "No event is told on this line (• marks the lines that tell one); move the cursor line with j/k"
                return
            }
        } else {
            guard let id = state.timelinePane.selectedEventID else {
                state.message = "Select an event first"
                return
            }
            ids = [id]
        }
        if ids.count > 1 {
            state.overlay = .eventChoice(EventChoice(eventIDs: ids, atConflicts: atConflicts))
        } else {
            show(ids[0], atConflicts: atConflicts, state: &state)
        }
    }

    /// Opens the card of `eventID` (selecting it in the timeline), at its top or at its
    /// conflicts.
    static func show(_ eventID: String, atConflicts: Bool, state: inout AppState) {
        var card = EventCard(eventID: eventID)
        state.timelinePane.selectedEventID = eventID
        if atConflicts, let (content, frame) = cachedLayout(card, state: &state) {
            if let line = content.conflictsLine {
                card.top = min(line, max(0, content.lines.count - PopupGeometry.body(of: frame).height))
                card.selected = content.item(atOrAfterLine: line) ?? 0
            } else {
                state.message = "The articles agree on “\(content.title)”: no conflicts"
            }
        }
        state.overlay = .eventCard(card)
    }

    static func handle(_ command: Command, card: EventCard, state: inout AppState, effects: inout [Effect]) {
        guard let timeline = state.library.timeline, let (content, frame) = cachedLayout(card, state: &state) else {
            state.overlay = nil
            return
        }
        switch command {
        case .activate:
            activate(card, content: content, timeline: timeline, state: &state, effects: &effects)
        case .previousEvent, .nextEvent:
            let neighbours = timeline.neighbours(of: card.eventID)
            guard let next = command == .nextEvent ? neighbours.next : neighbours.previous else {
                state.message = command == .nextEvent ? "This is the last event" : "This is the first event"
                return
            }
            show(next.id, atConflicts: false, state: &state)
        case .eventConflicts:
            show(card.eventID, atConflicts: true, state: &state)
        case .sideBySide:
            // The chosen row says which tellings to compare: a conflict's two sides, or that telling.
            switch content.items.indices.contains(card.selected) ? content.items[card.selected].action : nil {
            case .conflict(let index)?: SideBySideReducer.open(from: card, conflict: index, state: &state, effects: &effects)
            case .telling(let mention)?: SideBySideReducer.open(from: card, preferred: mention, state: &state, effects: &effects)
            default: SideBySideReducer.open(from: card, state: &state, effects: &effects)
            }
        case .back:
            // A link opens the card over the telling it jumped to: back leaves both.
            state.overlay = nil
            Navigator.back(state: &state, effects: &effects)
        case .nextPane, .previousPane, .focusBrowser, .focusReading, .focusTimeline, .focusNotes:
            // Going to a pane leaves the card (it lies over the panes), as after following a link.
            state.overlay = nil
            PaneReducer.handle(command, state: &state)
        default:
            state.overlay = .eventCard(moved(card, command: command, content: content, height: PopupGeometry.body(of: frame).height))
        }
    }

    /// j/k choose the next or previous row (scrolling to show it; past the first or last
    /// row they scroll the lines); the other moves scroll and choose the first row shown.
    static func moved(_ card: EventCard, command: Command, content: EventCardContent, height: Int) -> EventCard {
        let (top, selected) = moved(top: card.top, selected: card.selected, command: command, content: content, height: height)
        return EventCard(eventID: card.eventID, top: top, selected: selected)
    }

    /// The same for any page laid out as ``EventCardContent`` (the entity page too): its new
    /// top line and chosen row.
    static func moved(top: Int, selected: Int, command: Command, content: EventCardContent, height: Int) -> (top: Int, selected: Int) {
        let count = content.lines.count
        guard let delta = ListStep.delta(for: command, height: height, count: count) else { return (top, selected) }
        let maxTop = max(0, count - height)
        var newTop = min(top, maxTop)
        var newSelected = selected
        let step = command == .lineDown || command == .lineUp
        let target = selected + delta
        if step, content.items.indices.contains(target) {
            newSelected = target
            let lines = content.items[target].lines
            if lines.lowerBound < newTop { newTop = lines.lowerBound }
            if lines.upperBound > newTop + height { newTop = min(lines.lowerBound, lines.upperBound - height) }
        } else {
            newTop = max(0, min(maxTop, newTop + delta))
            if !step { newSelected = command == .bottom ? max(0, content.items.count - 1) : content.item(atOrAfterLine: newTop) ?? selected }
        }
        return (newTop, newSelected)
    }

    /// Enter on a row: a telling or a note's passage in the reading pane (remembered in
    /// history, so back returns), another event's card, or a conflict's two sides side by side.
    static func activate(_ card: EventCard, content: EventCardContent, timeline: Timeline, state: inout AppState, effects: inout [Effect]) {
        guard content.items.indices.contains(card.selected), let event = timeline.event(withID: card.eventID) else { return }
        switch content.items[card.selected].action {
        case .telling(let index):
            guard event.mentions.indices.contains(index), event.mentions[index].range != nil else {
                state.message = "This telling's quote is not found in its article; `dossier check` says why"
                return
            }
            state.overlay = nil
            openTelling(of: event, mention: index, state: &state, effects: &effects)
        case .note(let id):
            guard let note = state.annotations.annotation(id) else { return }
            state.overlay = nil
            OverlayReducer.openNote(note, state: &state, effects: &effects)
        case .event(let id):
            show(id, atConflicts: false, state: &state)
        case .conflict(let index):
            SideBySideReducer.open(from: card, conflict: index, state: &state, effects: &effects)
        case .passage(let location):
            state.overlay = nil
            Navigator.jump(to: location, placement: .third, state: &state, effects: &effects)
        }
    }

    /// The event's telling `mention` in the reading pane, selected in the timeline (a jump:
    /// back returns), with where it is and its date as told in the status line.
    static func openTelling(of event: Event, mention index: Int, state: inout AppState, effects: inout [Effect]) {
        guard event.mentions.indices.contains(index), let range = event.mentions[index].range else { return }
        state.timelinePane.selectedEventID = event.id
        state.timelinePane.lastTelling = TellingCursor(eventID: event.id, mention: index)
        Navigator.jump(to: Location(article: event.mentions[index].article, offset: range.start), placement: .third, state: &state, effects: &effects)
        state.message = TimelineReducer.tellingMessage(event: event, chosen: index, tellings: TimelineReducer.tellings(of: event), state: state)
    }

    /// The card's lines, from the cache when they are the ones kept there, else laid out
    /// and kept.
    static func cachedLayout(_ card: EventCard, state: inout AppState) -> (content: EventCardContent, frame: Rect)? {
        let key = EventCardView.cacheKey(card, state: state)
        let cached = state.eventCardCache.content(for: key) != nil
        guard let laidOut = EventCardView.laidOut(card, state: state) else { return nil }
        if !cached { state.eventCardCache.store(laidOut.content, for: key) }
        return laidOut
    }

    /// After every event: the open card's lines are in the cache (the view draws from it);
    /// with no card open (nor the view side by side that returns to it), the cache is emptied.
    static func refreshCache(_ state: inout AppState) {
        switch state.overlay {
        case .eventCard(let card)?: _ = cachedLayout(card, state: &state)
        case .sideBySide(let view)?: _ = cachedLayout(view.card, state: &state)
        default: state.eventCardCache.clear()
        }
    }

    /// The wheel scrolls the card's lines; the chosen row stays while it is in view.
    static func scroll(_ card: EventCard, by delta: Int, state: inout AppState) {
        guard let (content, frame) = cachedLayout(card, state: &state) else { return }
        let height = PopupGeometry.body(of: frame).height
        var moved = card
        moved.top = max(0, min(max(0, content.lines.count - height), card.top + delta))
        let shown = moved.top..<(moved.top + height)
        if !content.items.indices.contains(card.selected) || !content.items[card.selected].lines.overlaps(shown) {
            moved.selected = content.item(atOrAfterLine: moved.top) ?? card.selected
        }
        state.overlay = .eventCard(moved)
    }

    /// A click on a row of the card acts as Enter on it; a click outside the card closes it.
    static func click(at point: Point, card: EventCard, state: inout AppState, effects: inout [Effect]) {
        guard let timeline = state.library.timeline, let (content, frame) = cachedLayout(card, state: &state) else { return }
        guard frame.contains(x: point.x, y: point.y) else {
            state.overlay = nil
            return
        }
        let body = PopupGeometry.body(of: frame)
        guard body.contains(x: point.x, y: point.y) else { return }
        var clicked = card
        clicked.top = EventCardView.shownTop(card.top, content: content, height: body.height)
        let line = clicked.top + point.y - body.y
        guard let item = content.items.firstIndex(where: { $0.lines.contains(line) }) else { return }
        clicked.selected = item
        state.overlay = .eventCard(clicked)
        activate(clicked, content: content, timeline: timeline, state: &state, effects: &effects)
    }
}
