import DossierCore

/// Jumps between places in the collection, with history: opening an article or a
/// section, a search hit, an event's telling, back and forward.
enum Navigator {
    /// Where the reader is now: the article, the offset of the top line (0 at the very
    /// top) and that of the cursor line — enough to put the screen back as it was.
    static func currentLocation(_ state: AppState) -> Location {
        let layout = state.laidOutArticle
        let top = state.reading.topLine == 0 ? 0 : (layout?.anchorOffset(atLine: state.reading.topLine) ?? 0)
        let cursor = layout?.anchorOffset(atLine: state.reading.cursorLine)
        return Location(article: state.reading.articleID, offset: top, cursorOffset: cursor)
    }

    /// Jumps to `location`, recording where it left from.
    static func jump(to location: Location, placement: ScrollPlacement, state: inout AppState, effects: inout [Effect]) {
        state.history.record(currentLocation(state))
        go(to: location, placement: placement, state: &state, effects: &effects)
    }

    /// `Ctrl-O`: back to where the last jump left from.
    static func back(state: inout AppState, effects: inout [Effect]) {
        guard let target = state.history.goBack(from: currentLocation(state)) else {
            state.message = "Nothing to go back to"
            return
        }
        go(to: target, placement: .top, state: &state, effects: &effects)
    }

    /// `L`: forward again after going back.
    static func forward(state: inout AppState, effects: inout [Effect]) {
        guard let target = state.history.goForward(from: currentLocation(state)) else {
            state.message = "Nothing to go forward to"
            return
        }
        go(to: target, placement: .top, state: &state, effects: &effects)
    }

    /// Shows `location` without touching history; an article not parsed yet is parsed
    /// first (the jump completes when it arrives).
    static func go(to location: Location, placement: ScrollPlacement, state: inout AppState, effects: inout [Effect]) {
        guard state.library.article(location.article) != nil else {
            state.message = "No article '\(location.article)'"
            return
        }
        guard state.library.documents[location.article] != nil else {
            state.reading.pendingJump = PendingJump(location: location, placement: placement)
            effects.append(.loadArticle(location.article))
            return
        }
        if location.article != state.reading.articleID {
            leaveArticle(state: &state, effects: &effects)
            let search = state.reading.search
            state.reading = ReadingState(articleID: location.article)
            state.reading.search = search
            state.browser.expanded.insert(location.article)
            state.library.positions.lastArticle = location.article
            if state.annotations.isReady {
                // The reader holds the notes of the article shown: read this one's (re-anchored
                // to its current text first).
                effects.append(.loadNotes(article: location.article, reanchor: !state.annotations.reanchored.contains(location.article)))
            }
        }
        state.reading.pendingJump = nil
        place(offset: location.offset, placement: placement, state: &state)
        if let cursorOffset = location.cursorOffset, let layout = state.laidOutArticle {
            state.reading.cursorLine = layout.lineIndex(containing: cursorOffset)
            ReadingReducer.clamp(state: &state, layout: layout)
        }
    }

    /// Jumps to the section with id `section` of `article` (a `[[section:…]]` link),
    /// parsing the article first when needed.
    static func jump(toSection section: String, of article: String, state: inout AppState, effects: inout [Effect]) {
        guard state.library.article(article) != nil else {
            state.message = "No article '\(article)'"
            return
        }
        guard let document = state.library.documents[article] else {
            state.history.record(currentLocation(state))
            state.reading.pendingJump = PendingJump(location: Location(article: article, offset: 0), placement: .top, section: section)
            effects.append(.loadArticle(article))
            return
        }
        guard let index = document.sectionIndex(withID: section) else {
            state.message = "No section “\(section)” in \(article)"
            return
        }
        jump(to: Location(article: article, offset: document.sections[index].range.start), placement: .top, state: &state, effects: &effects)
    }

    /// A jump waiting for `document` (just parsed): goes there, to the section it names
    /// when it names one.
    static func resume(_ pending: PendingJump, document: Document, state: inout AppState, effects: inout [Effect]) {
        var location = pending.location
        if let section = pending.section {
            if let index = document.sectionIndex(withID: section) {
                location.offset = document.sections[index].range.start
            } else {
                state.message = "No section “\(section)” in \(location.article)"
            }
        }
        go(to: location, placement: pending.placement, state: &state, effects: &effects)
    }

    /// Opens `article` where the reader left it (its top, the first time).
    static func open(article: String, state: inout AppState, effects: inout [Effect]) {
        guard article != state.reading.articleID else { return }
        let offset = state.library.positions.offsets[article] ?? 0
        jump(to: Location(article: article, offset: offset), placement: .top, state: &state, effects: &effects)
    }

    /// Remembers where the current article was left, and saves it.
    static func leaveArticle(state: inout AppState, effects: inout [Effect]) {
        rememberPosition(state: &state)
        effects.append(.savePositions(state.library.positions))
    }

    /// Notes the top line's offset as the current article's reading position.
    static func rememberPosition(state: inout AppState) {
        guard let layout = state.laidOutArticle else { return }
        let offset = state.reading.topLine == 0 ? 0 : (layout.anchorOffset(atLine: state.reading.topLine) ?? 0)
        state.library.positions.offsets[state.reading.articleID] = offset
        state.library.positions.lastArticle = state.reading.articleID
    }

    /// Puts the line showing `offset` under the cursor, placed as asked.
    static func place(offset: Int, placement: ScrollPlacement, state: inout AppState) {
        let width = state.readingTextWidth
        guard let layout = state.library.layout(article: state.reading.articleID, width: width) else { return }
        let line = layout.lineIndex(containing: offset)
        let wasOnScreen = state.reading.width == width && line >= state.reading.topLine && line < state.reading.topLine + state.readingHeight
        state.reading.width = width
        state.reading.cursorLine = offset <= 0 && placement == .top ? 0 : line
        switch placement {
        case .top: state.reading.topLine = offset <= 0 ? 0 : line
        case .third:
            // A target already on screen only moves the cursor.
            if !wasOnScreen { state.reading.topLine = max(0, line - state.readingHeight / 3) }
        }
        ReadingReducer.clamp(state: &state, layout: layout)
    }
}
