import DossierCore

/// What the reading pane has on screen, in terms of the article: the passage shown and
/// the event tellings anchored in it. The timeline follows it; the gutter marks it.
enum ReadingViewport {
    /// The lines on screen.
    static func visibleLines(_ state: AppState) -> Range<Int> {
        guard let layout = state.laidOutArticle else { return 0..<0 }
        let start = min(state.reading.topLine, layout.count)
        return start..<min(layout.count, start + state.readingHeight)
    }

    /// The ids of the events told on screen, in the order their tellings appear from
    /// the top of the pane (the first is the one being read).
    static func visibleEventIDs(_ state: AppState) -> [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        for line in visibleLines(state) {
            for id in eventIDs(onLine: line, state) where seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    /// The ids of the events whose tellings take in some of `line` (the `•` beside it).
    static func eventIDs(onLine line: Int, _ state: AppState) -> [String] {
        guard let timeline = state.library.timeline, let source = state.laidOutArticle?.source(ofLine: line),
              !source.isEmpty else { return [] }
        let range = TextRange(start: source.lowerBound, end: source.upperBound)
        var ids: [String] = []
        for telling in timeline.tellings(in: state.reading.articleID, overlapping: range) where !ids.contains(telling.event.id) {
            ids.append(telling.event.id)
        }
        return ids
    }
}
