import DossierCore

/// The timeline pane's commands: moving through events, jumping to an event's telling,
/// cycling through other articles' tellings, stepping in time, related events, filters.
enum TimelineReducer {
    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect]) {
        guard let timeline = state.library.timeline else {
            state.message = "The timeline is still loading"
            return
        }
        let rows = TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter)
        let height = state.listHeight(of: .timeline)
        if let delta = ListStep.delta(for: command, height: height, count: rows.count) {
            move(by: delta, rows: rows, timeline: timeline, state: &state)
            return
        }
        switch command {
        case .activate: jumpToSelected(timeline: timeline, state: &state, effects: &effects)
        case .otherTelling: otherTelling(forward: true, timeline: timeline, state: &state, effects: &effects)
        case .previousTelling: otherTelling(forward: false, timeline: timeline, state: &state, effects: &effects)
        case .relatedEvents: related(timeline: timeline, state: &state)
        case .filterTimeline: state.overlay = .filter(FilterPicker(options: filterOptions(timeline)))
        case .clearFilters:
            state.timelinePane.filter = TimelineFilter()
            state.timelinePane.filterLabel = nil
            state.message = "Timeline filter cleared"
        default: break
        }
    }

    /// The event rows' indices into `rows`.
    static func eventRows(_ rows: [TimelineRow]) -> [Int] {
        rows.indices.filter { rows[$0].eventIndex != nil }
    }

    /// Moves the selection by `delta` rows, landing on an event.
    static func move(by delta: Int, rows: [TimelineRow], timeline: Timeline, state: inout AppState) {
        let events = eventRows(rows)
        guard !events.isEmpty else { return }
        let current = TimelineRows.row(of: state.timelinePane.selectedEventID, in: rows, timeline: timeline) ?? events[0]
        let target = max(0, min(rows.count - 1, current + delta))
        let landing: Int
        if delta >= 0 {
            landing = events.first { $0 >= target } ?? events.last ?? current
        } else {
            landing = events.last { $0 <= target } ?? events.first ?? current
        }
        select(row: landing, rows: rows, timeline: timeline, state: &state)
    }

    static func select(row: Int, rows: [TimelineRow], timeline: Timeline, state: inout AppState) {
        guard let index = rows[row].eventIndex else { return }
        state.timelinePane.selectedEventID = timeline.events[index].id
    }

    /// The resolved tellings of an event: (mention index, mention).
    static func tellings(of event: Event) -> [(index: Int, mention: Mention)] {
        event.mentions.enumerated().filter { $0.element.range != nil }.map { ($0.offset, $0.element) }
    }

    /// Enter: the selected event's telling in the article being read, else its first.
    static func jumpToSelected(timeline: Timeline, state: inout AppState, effects: inout [Effect]) {
        guard let id = state.timelinePane.selectedEventID, let event = timeline.event(withID: id) else { return }
        jumpToTelling(of: event, state: &state, effects: &effects)
    }

    /// Jumps to the event's telling in the article being read — the one on screen, else
    /// the first after the cursor, else its first — or, when the article does not tell
    /// it, to its first telling.
    static func jumpToTelling(of event: Event, state: inout AppState, effects: inout [Effect]) {
        let tellings = tellings(of: event)
        guard let chosen = preferredTelling(tellings, state: state), let range = chosen.mention.range else {
            state.message = "No article tells “\(event.title)” with a quote"
            return
        }
        state.timelinePane.selectedEventID = event.id
        state.timelinePane.lastTelling = TellingCursor(eventID: event.id, mention: chosen.index)
        Navigator.jump(to: Location(article: chosen.mention.article, offset: range.start), placement: .third, state: &state, effects: &effects)
        state.message = tellingMessage(event: event, chosen: chosen.index, tellings: tellings, state: state)
    }

    static func preferredTelling(_ tellings: [(index: Int, mention: Mention)], state: AppState) -> (index: Int, mention: Mention)? {
        let here = tellings.filter { $0.mention.article == state.reading.articleID }
        guard !here.isEmpty, let layout = state.laidOutArticle else { return tellings.first }
        let visible = ReadingViewport.visibleLines(state)
        let lines = here.map { (telling: $0, line: layout.lineIndex(containing: $0.mention.range?.start ?? 0)) }
        if let onScreen = lines.first(where: { visible.contains($0.line) }) { return onScreen.telling }
        if let after = lines.filter({ $0.line >= state.reading.cursorLine }).min(by: { $0.line < $1.line }) { return after.telling }
        return here.first
    }

    /// `t` / `T`: the event as the next (previous) article tells it, articles in the order
    /// of the event's mentions, wrapping around.
    static func otherTelling(forward: Bool, timeline: Timeline, state: inout AppState, effects: inout [Effect]) {
        guard let id = state.timelinePane.selectedEventID, let event = timeline.event(withID: id) else { return }
        let tellings = tellings(of: event)
        var articles: [String] = []
        for telling in tellings where !articles.contains(telling.mention.article) { articles.append(telling.mention.article) }
        guard !articles.isEmpty else {
            state.message = "No article tells “\(event.title)” with a quote"
            return
        }
        let current = articles.firstIndex(of: state.reading.articleID)
        guard articles.count > 1 || current == nil else {
            state.message = "Only \(articles[0]) tells this event"
            return
        }
        let nextIndex = forward ? (current ?? -1) + 1 : (current ?? articles.count) - 1
        let nextArticle = articles[(nextIndex + articles.count) % articles.count]
        guard let next = tellings.first(where: { $0.mention.article == nextArticle }), let range = next.mention.range else { return }
        state.timelinePane.lastTelling = TellingCursor(eventID: id, mention: next.index)
        Navigator.jump(to: Location(article: next.mention.article, offset: range.start), placement: .third, state: &state, effects: &effects)
        let position = (articles.firstIndex(of: nextArticle) ?? 0) + 1
        state.message = fittedTellingMessage(event: event, chosen: next.index, place: "article \(position) of \(articles.count)", state: state)
    }

    static func tellingMessage(event: Event, chosen: Int, tellings: [(index: Int, mention: Mention)], state: AppState) -> String {
        let position = (tellings.firstIndex { $0.index == chosen } ?? 0) + 1
        return fittedTellingMessage(event: event, chosen: chosen, place: "telling \(position) of \(tellings.count)", state: state)
    }

    /// The status line after a jump to a telling, made to fit beside the status line's
    /// own article · section: the date as the telling gives it (else the event's), which
    /// telling it is (`place`), and as much of its quote as there is room for.
    static func fittedTellingMessage(event: Event, chosen: Int, place: String, state: AppState) -> String {
        let mention = event.mentions[chosen]
        let head = (mention.dateAsTold.map { "as told: \($0)" } ?? event.date.display) + " · " + place
        let room = StatusLineView.messageWidth(state) - DisplayWidth.of(head) - DisplayWidth.of(" · ")
        // A few columns of quote say nothing: then only the date and the place.
        guard room >= 12 else { return head }
        return head + " · " + TextFit.truncated("“\(mention.quote)”", width: room)
    }

    /// `[` / `]`: the previous or next event in time (within the filter), at its telling.
    static func step(forward: Bool, state: inout AppState, effects: inout [Effect]) {
        guard let timeline = state.library.timeline else {
            state.message = "The timeline is still loading"
            return
        }
        let rows = TimelineRows.rows(timeline: timeline, filter: state.timelinePane.filter)
        let events = eventRows(rows)
        guard !events.isEmpty else { return }
        let current = TimelineRows.row(of: state.timelinePane.selectedEventID, in: rows, timeline: timeline)
        let target: Int?
        if let current {
            target = forward ? events.first { $0 > current } : events.last { $0 < current }
        } else {
            target = forward ? events.first : events.last
        }
        guard let target, let index = rows[target].eventIndex else {
            state.message = forward ? "This is the last event" : "This is the first event"
            return
        }
        jumpToTelling(of: timeline.events[index], state: &state, effects: &effects)
        state.timelinePane.selectedEventID = timeline.events[index].id
    }

    /// `r`: the notes about the selected event (linking to it or written on its
    /// tellings), then its related events.
    static func related(timeline: Timeline, state: inout AppState) {
        guard let id = state.timelinePane.selectedEventID else {
            state.message = "Select an event first"
            return
        }
        let items = timeline.related(to: id, limit: 20)
        // The notes about it are read as the list opens (``NotesSubject``); whether there are any is known already.
        let notes = state.annotations.notes(about: .event(id))
        guard !items.isEmpty || state.annotations.derived.notedEvents.contains(id.lowercased()) else {
            state.message = "No related events and no notes about this event"
            return
        }
        let linking = state.annotations.collection?.backlinks(to: .event(id)) ?? 0
        state.overlay = .related(RelatedList(eventID: id, items: items, notes: notes, linkingCount: linking))
    }

    /// Tags (most used first), then entities by the number of their events.
    static func filterOptions(_ timeline: Timeline) -> [FilterOption] {
        let tags = timeline.tags.map { FilterOption.tag($0.tag, count: $0.count) }
        let entities = timeline.entities
            .map { (entity: $0, count: timeline.events(involving: $0.id).count) }
            .filter { $0.count > 0 }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.entity.name < $1.entity.name }
            .map { FilterOption.entity(id: $0.entity.id, name: $0.entity.name, count: $0.count) }
        return tags + entities
    }

    /// Applies a filter picked in the list.
    static func apply(_ option: FilterOption, state: inout AppState) {
        var filter = TimelineFilter()
        switch option {
        case .tag(let tag, _):
            filter.tag = tag
            state.timelinePane.filterLabel = "tag: \(tag)"
        case .entity(let id, let name, _):
            filter.entityID = id
            state.timelinePane.filterLabel = name
        }
        state.timelinePane.filter = filter
        state.timelinePane.top = 0
        if let timeline = state.library.timeline {
            let rows = TimelineRows.rows(timeline: timeline, filter: filter)
            if TimelineRows.row(of: state.timelinePane.selectedEventID, in: rows, timeline: timeline) == nil,
               let first = rows.lazy.compactMap(\.eventIndex).first {
                state.timelinePane.selectedEventID = timeline.events[first].id
            }
        }
    }
}
