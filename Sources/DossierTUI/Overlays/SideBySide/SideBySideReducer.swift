import DossierCore

/// The tellings side by side: opening them from the card (`s`, or Enter on a conflict),
/// scrolling the chosen side (j/k and the other moves, the wheel), choosing a side
/// (h/l, Tab, a click), cycling the chosen side through the event's other tellings
/// (t/T), Enter to read a side's telling in the reading pane, Esc back to the card.
enum SideBySideReducer {
    /// Opens the sides from `card`: the two parties of conflict `conflict` when given;
    /// else the telling in the article being read (the one on the cursor line first)
    /// beside `preferred` (the telling chosen in the card) or the other party to a
    /// conflict, or the first telling in another article.
    static func open(from card: EventCard, conflict: Int? = nil, preferred: Int? = nil, state: inout AppState, effects: inout [Effect]) {
        guard let event = state.library.timeline?.event(withID: card.eventID) else { return }
        let resolved = resolvedMentions(of: event)
        guard resolved.count > 1 else {
            state.message = resolved.isEmpty
                ? "No telling of “\(event.title)” is found in its article: nothing to compare"
                : "Only one telling of “\(event.title)” is found (\(event.mentions[resolved[0]].article)): nothing to compare"
            return
        }
        let parties = conflict.flatMap { event.conflicts.indices.contains($0) ? [event.conflicts[$0]] : nil } ?? event.conflicts
        let partyMentions = articles(in: parties).compactMap { partyMention($0, of: event, resolved: resolved, state: state) }
        let first: Int
        let second: Int
        if conflict != nil, partyMentions.count > 1 {
            (first, second) = (partyMentions[0], partyMentions[1])
        } else {
            first = mentionBeingRead(of: event, resolved: resolved, state: state) ?? preferred.flatMap { resolved.contains($0) ? $0 : nil }
                ?? partyMentions.first ?? resolved[0]
            let article = event.mentions[first].article
            let elsewhere = { (mention: Int) in event.mentions[mention].article != article }
            second = preferred.flatMap { resolved.contains($0) && elsewhere($0) ? $0 : nil } ?? partyMentions.first(where: elsewhere)
                ?? resolved.first(where: elsewhere) ?? resolved.first { $0 != first } ?? first
        }
        let view = SideBySide(eventID: event.id, first: SideBySide.Side(mention: first), second: SideBySide.Side(mention: second), card: card)
        // The normalizer lays the sides out and scrolls each to its telling.
        state.overlay = .sideBySide(view)
        load(view, event: event, state: state, effects: &effects)
    }

    static func handle(_ command: Command, view: SideBySide, state: inout AppState, effects: inout [Effect]) {
        guard let event = state.library.timeline?.event(withID: view.eventID) else {
            state.overlay = nil
            return
        }
        var view = view
        switch command {
        case .cancel, .back:
            state.overlay = .eventCard(view.card)
            return
        case .nextPane, .previousPane:
            view.chosen = view.chosen == .first ? .second : .first
        case .focusLeftSide:
            view.chosen = .first
        case .focusRightSide:
            view.chosen = .second
        case .otherTelling, .previousTelling:
            cycle(&view, forward: command == .otherTelling, event: event, state: &state)
            load(view, event: event, state: state, effects: &effects)
        case .activate:
            state.overlay = nil
            EventCardReducer.openTelling(of: event, mention: view[view.chosen].mention, state: &state, effects: &effects)
            return
        case .focusBrowser, .focusReading, .focusTimeline, .focusNotes:
            // Going to a pane leaves the view (it lies over the panes), as it leaves the card.
            state.overlay = nil
            PaneReducer.handle(command, state: &state)
            return
        default:
            scroll(&view, view.chosen, command: command, event: event, state: state)
        }
        state.overlay = .sideBySide(view)
    }

    /// The wheel scrolls the side under the pointer, and chooses it.
    static func wheel(_ delta: Int, at point: Point, view: SideBySide, state: inout AppState) {
        guard let event = state.library.timeline?.event(withID: view.eventID) else { return }
        var view = view
        let geometry = SideBySideGeometry(screen: state.size)
        view.chosen = geometry.side(at: point) ?? view.chosen
        let height = geometry.height(view.chosen)
        let count = layout(of: view[view.chosen], event: event, state: state)?.count ?? 0
        view[view.chosen].top = clamped(view[view.chosen].top + delta, count: count, height: height)
        state.overlay = .sideBySide(view)
    }

    /// A click chooses the side under the pointer.
    static func click(at point: Point, view: SideBySide, state: inout AppState) {
        guard let side = SideBySideGeometry(screen: state.size).side(at: point) else { return }
        var view = view
        view.chosen = side
        state.overlay = .sideBySide(view)
    }

    /// After every event: each side laid out at its width (kept in the layout cache), a
    /// side just opened scrolled to its telling a third of the way down, a side whose
    /// width changed keeping its top line's text, both inside their article.
    static func normalize(_ state: inout AppState) {
        guard case .sideBySide(var view)? = state.overlay, let event = state.library.timeline?.event(withID: view.eventID) else { return }
        let geometry = SideBySideGeometry(screen: state.size)
        for choice in [SideBySide.Choice.first, .second] {
            var side = view[choice]
            guard event.mentions.indices.contains(side.mention) else { continue }
            let mention = event.mentions[side.mention]
            let width = geometry.textWidth(choice)
            let old = side.width > 0 && side.width != width ? state.library.peekLayout(article: mention.article, width: side.width) : nil
            guard let layout = state.library.layout(article: mention.article, width: width) else { continue }
            let height = geometry.height(choice)
            if side.width == 0, let range = mention.range {
                side.top = layout.lineIndex(containing: range.start) - height / 3
            } else if let old, side.top > 0 {
                side.top = old.anchorOffset(atLine: side.top).map { layout.lineIndex(containing: $0) } ?? 0
            }
            side.width = width
            side.top = clamped(side.top, count: layout.count, height: height)
            view[choice] = side
        }
        state.overlay = .sideBySide(view)
    }

    /// The event's tellings whose quotes are found, as indices into its mentions.
    static func resolvedMentions(of event: Event) -> [Int] {
        event.mentions.indices.filter { event.mentions[$0].range != nil }
    }

    /// The articles party to `conflicts`, each once, in order.
    static func articles(in conflicts: [Conflict]) -> [String] {
        var articles: [String] = []
        for conflict in conflicts {
            for telling in conflict.tellings where !articles.contains(telling.article) { articles.append(telling.article) }
        }
        return articles
    }

    /// `article`'s telling of the event that shows its claim in the conflicts, else its
    /// first telling.
    static func partyMention(_ article: String, of event: Event, resolved: [Int], state: AppState) -> Int? {
        let own = resolved.filter { event.mentions[$0].article == article }
        let document = state.library.documents[article]
        return own.first { ConflictWords.showsClaim(event.mentions[$0], of: event, document: document) } ?? own.first
    }

    /// The telling in the article being read: the last one jumped to, else the one on the
    /// cursor line, else the article's first.
    static func mentionBeingRead(of event: Event, resolved: [Int], state: AppState) -> Int? {
        let here = resolved.filter { event.mentions[$0].article == state.reading.articleID }
        if let last = state.timelinePane.lastTelling, last.eventID == event.id, here.contains(last.mention) { return last.mention }
        if let source = state.laidOutArticle?.source(ofLine: state.reading.cursorLine),
           let onLine = here.first(where: { event.mentions[$0].range.map { $0.start..<$0.end }?.overlaps(source) == true }) {
            return onLine
        }
        return here.first
    }

    /// `t` / `T`: the chosen side shows the event's next (previous) telling, wrapping
    /// around and passing over the one the other side shows.
    static func cycle(_ view: inout SideBySide, forward: Bool, event: Event, state: inout AppState) {
        let other = view[view.chosen == .first ? .second : .first].mention
        let choices = resolvedMentions(of: event).filter { $0 != other }
        guard choices.count > 1 || !choices.contains(view[view.chosen].mention) else {
            state.message = "No other telling of “\(event.title)” to show here"
            return
        }
        let current = view[view.chosen].mention
        let next: Int
        if forward {
            next = choices.first { $0 > current } ?? choices[0]
        } else {
            next = choices.last { $0 < current } ?? choices[choices.count - 1]
        }
        view[view.chosen] = SideBySide.Side(mention: next)
    }

    /// Scrolls side `choice` as a moving command does in the reading pane.
    static func scroll(_ view: inout SideBySide, _ choice: SideBySide.Choice, command: Command, event: Event, state: AppState) {
        let height = SideBySideGeometry(screen: state.size).height(choice)
        let count = layout(of: view[choice], event: event, state: state)?.count ?? 0
        view[choice].top = OverlayReducer.scrolled(view[choice].top, command: command, count: count, height: height)
    }

    /// A side's article as laid out at the side's width (from the cache the normalizer fills).
    static func layout(of side: SideBySide.Side, event: Event, state: AppState) -> LaidOutArticle? {
        guard event.mentions.indices.contains(side.mention), side.width > 0 else { return nil }
        return state.library.peekLayout(article: event.mentions[side.mention].article, width: side.width)
    }

    /// Asks for the sides' articles that are not parsed yet.
    static func load(_ view: SideBySide, event: Event, state: AppState, effects: inout [Effect]) {
        for mention in [view.first.mention, view.second.mention] where event.mentions.indices.contains(mention) {
            let article = event.mentions[mention].article
            if state.library.documents[article] == nil, !effects.contains(.loadArticle(article)) { effects.append(.loadArticle(article)) }
        }
    }

    static func clamped(_ top: Int, count: Int, height: Int) -> Int {
        max(0, min(top, count - height))
    }
}
