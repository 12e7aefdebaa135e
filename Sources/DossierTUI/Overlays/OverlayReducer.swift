import DossierCore
import DossierNotes

/// Commands while a popup is open: moving scrolls it or moves its selection, Enter acts
/// on the selection, Esc or `q` closes it. The popup takes every key but quitting.
enum OverlayReducer {
    static func handle(_ command: Command, overlay: Overlay, state: inout AppState, effects: inout [Effect]) {
        if case .sideBySide(let view) = overlay {
            // Esc goes back to the card, not to the panes.
            SideBySideReducer.handle(command, view: view, state: &state, effects: &effects)
            return
        }
        if command == .cancel {
            state.overlay = nil
            return
        }
        if case .help = overlay, command == .help {
            state.overlay = nil
            return
        }
        switch overlay {
        case .help(let top):
            let count = HelpContent.rows().count
            let height = PopupGeometry.listHeight(screen: state.size)
            state.overlay = .help(top: scrolled(top, command: command, count: count, height: height))
        case .footnote(var popup):
            let frame = FootnoteContent.frame(popup, library: state.library, screen: state.size)
            let body = PopupGeometry.body(of: frame)
            let count = FootnoteContent.lines(popup, library: state.library, width: body.width)?.count ?? 0
            popup.top = scrolled(popup.top, command: command, count: count, height: body.height)
            state.overlay = .footnote(popup)
        case .searchResults(var results):
            if command == .activate {
                openHit(results, state: &state, effects: &effects)
                return
            }
            results.cursor = movedHits(results, command: command, height: PopupGeometry.listHeight(screen: state.size))
            state.overlay = .searchResults(results)
        case .related(var list):
            let shown = ListPopupRows.visible(in: overlay, state: state)
            if command == .activate {
                guard shown.indices.contains(list.cursor.selected) else { return }
                openRelated(list, row: shown[list.cursor.selected], state: &state, effects: &effects)
                return
            }
            list.cursor = moved(list.cursor, command: command, count: shown.count, height: PopupGeometry.listHeight(screen: state.size))
            state.overlay = .related(list)
        case .links(var list):
            let shown = ListPopupRows.visible(in: overlay, state: state)
            if command == .activate {
                guard shown.indices.contains(list.cursor.selected) else { return }
                state.overlay = nil
                LinkFollower.follow(list.links[shown[list.cursor.selected]], state: &state, effects: &effects)
                return
            }
            list.cursor = moved(list.cursor, command: command, count: shown.count, height: PopupGeometry.listHeight(screen: state.size))
            state.overlay = .links(list)
        case .eventCard(let card):
            EventCardReducer.handle(command, card: card, state: &state, effects: &effects)
        case .entityPage(let page):
            EntityPageReducer.handle(command, page: page, state: &state, effects: &effects)
        case .eventChoice(var choice):
            let shown = ListPopupRows.visible(in: overlay, state: state)
            if command == .activate {
                guard shown.indices.contains(choice.cursor.selected) else { return }
                EventCardReducer.show(choice.eventIDs[shown[choice.cursor.selected]], atConflicts: choice.atConflicts, state: &state)
                return
            }
            choice.cursor = moved(choice.cursor, command: command, count: shown.count, height: PopupGeometry.listHeight(screen: state.size))
            state.overlay = .eventChoice(choice)
        case .marks(var list):
            if command == .activate {
                MarkReducer.choose(list, state: &state, effects: &effects)
                return
            }
            list.cursor = moved(list.cursor, command: command, count: state.library.positions.marks.count, height: PopupGeometry.listHeight(screen: state.size))
            state.overlay = .marks(list)
        case .sideBySide:
            // Handled above.
            break
        case .noteEditor, .notesBrowser:
            // These take their keys before commands are looked up (NoteEditorReducer, NotesBrowserReducer).
            break
        case .filter(var picker):
            let shown = ListPopupRows.visible(in: overlay, state: state)
            if command == .activate {
                guard shown.indices.contains(picker.cursor.selected) else { return }
                state.overlay = nil
                let option = picker.options[shown[picker.cursor.selected]]
                if case .entity(let id, _, _) = option {
                    // An entity's page, from which `f` filters the timeline by it.
                    EntityPageReducer.show(id, state: &state)
                } else {
                    TimelineReducer.apply(option, state: &state)
                }
                return
            }
            picker.cursor = moved(picker.cursor, command: command, count: shown.count, height: PopupGeometry.listHeight(screen: state.size))
            state.overlay = .filter(picker)
        }
    }

    /// Enter on row `row` of the related list: a note's passage, or a related event's telling.
    static func openRelated(_ list: RelatedList, row: Int, state: inout AppState, effects: inout [Effect]) {
        let rows = list.rows
        guard rows.indices.contains(row) else { return }
        state.overlay = nil
        switch rows[row] {
        case .note(let note):
            openNote(note, state: &state, effects: &effects)
        case .event(let item):
            state.timelinePane.filter = TimelineFilter()
            state.timelinePane.filterLabel = nil
            TimelineReducer.jumpToTelling(of: item.event, state: &state, effects: &effects)
            state.timelinePane.selectedEventID = item.event.id
        }
    }

    /// A note's passage, selected in the notes pane (or where it is listed, when lost).
    static func openNote(_ note: Annotation, state: inout AppState, effects: inout [Effect]) {
        state.notes.selected = note.id
        guard note.anchorStatus != .orphaned, let range = note.selectors.position?.range else {
            state.message = "This note's passage was not found; it is listed in \(note.article)'s notes pane"
            return
        }
        if note.article != state.reading.articleID && !state.annotations.reanchored.contains(note.article) {
            state.annotations.reveal = note.id
        }
        Navigator.jump(to: Location(article: note.article, offset: range.lowerBound), placement: .third, state: &state, effects: &effects)
    }

    /// A scroll position after a moving command.
    static func scrolled(_ top: Int, command: Command, count: Int, height: Int) -> Int {
        guard let delta = ListStep.delta(for: command, height: height, count: count) else { return top }
        return max(0, min(max(0, count - height), top + delta))
    }

    static func moved(_ cursor: ListCursor, command: Command, count: Int, height: Int) -> ListCursor {
        guard let delta = ListStep.delta(for: command, height: height, count: count) else { return cursor }
        var copy = cursor
        copy.move(by: delta, count: count, height: height)
        return copy
    }

    /// Moves the selected hit, scrolling the grouped rows so it stays in view.
    static func movedHits(_ results: CollectionSearchResults, command: Command, height: Int) -> ListCursor {
        let hits = results.shownHits
        guard let delta = ListStep.delta(for: command, height: height, count: hits.count), !hits.isEmpty else { return results.cursor }
        let selected = max(0, min(hits.count - 1, results.cursor.selected + delta))
        return hitCursor(selected: selected, top: results.cursor.top, hits: hits, height: height)
    }

    /// A cursor on hit `selected` whose `top` (a row of ``SearchResultRows``) shows it,
    /// with its article heading when possible.
    static func hitCursor(selected: Int, top: Int, hits: [SearchHit], height: Int) -> ListCursor {
        let rows = SearchResultRows.rows(for: hits)
        let row = SearchResultRows.row(ofHit: selected, in: rows)
        var newTop = top
        if row - 1 < newTop { newTop = max(0, row - 1) }
        if row >= newTop + height { newTop = row - height + 1 }
        newTop = max(0, min(newTop, max(0, rows.count - height)))
        return ListCursor(selected: selected, top: newTop)
    }

    /// Enter on a hit: jump to its first match, searching the article for the query.
    static func openHit(_ results: CollectionSearchResults, state: inout AppState, effects: inout [Effect]) {
        let hits = results.shownHits
        guard hits.indices.contains(results.cursor.selected) else { return }
        let hit = hits[results.cursor.selected]
        state.overlay = nil
        let offset = hit.matches.first?.start ?? 0
        state.reading.search = ArticleSearch(query: results.query, hits: [])
        Navigator.jump(to: Location(article: hit.article, offset: offset), placement: .third, state: &state, effects: &effects)
        state.focus = state.screenLayout.isVisible(.reading) ? .reading : state.focus
        state.message = "“\(results.query)” in \(hit.article) · \(hit.sectionTitle.isEmpty ? "opening" : hit.sectionTitle) — n/N for the other matches here"
    }
}
