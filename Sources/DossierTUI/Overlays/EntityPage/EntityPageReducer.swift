import DossierCore
import Foundation

/// The entity page's commands: opening it (by id, or from the name at the reading pane's
/// cursor), choosing a row with j/k, Enter on a row (an event's card, a passage — remembered
/// in history, so back returns —, a note's passage), `f` to filter the timeline by it.
enum EntityPageReducer {
    /// Opens the page of `entityID`, finding the passages that name it in every loaded article.
    static func show(_ entityID: String, state: inout AppState) {
        guard let timeline = state.library.timeline else {
            state.message = "The timeline is still loading"
            return
        }
        guard let entity = timeline.entity(withID: entityID) else {
            state.message = "No entity “\(entityID)”"
            return
        }
        let finder = EntityPassageFinder(entity: entity, among: timeline.entities)
        let passages = state.library.collection.articles.flatMap { article -> [SearchHit] in
            guard let document = state.library.documents[article.id] else { return [] }
            return finder.hits(in: document, article: article.id, contextWidth: 80)
        }
        state.overlay = .entityPage(EntityPage(entityID: entity.id, passages: passages))
    }

    /// `i` in the reading pane: the page of the entity named at the cursor — the selected
    /// phrase looked up by name or alias; else the name under the character cursor; else the
    /// first name on the cursor line.
    static func showNamedAtCursor(state: inout AppState) {
        guard let timeline = state.library.timeline else {
            state.message = "The timeline is still loading"
            return
        }
        let nothing = "No entity is named \(state.reading.mode.textCursor == nil ? "on the cursor line" : "at the cursor"); c puts a cursor on a name, v selects a phrase"
        guard let document = state.document, let layout = state.laidOutArticle else { return }
        if let selection = state.reading.mode.selection {
            let range = TextRange(start: min(selection.anchor, selection.cursor.offset), end: max(selection.anchor, selection.cursor.offset) + 1)
            let phrase = document.plainText.text(in: range).trimmingCharacters(in: .whitespacesAndNewlines)
            switch timeline.lookupEntity(phrase) {
            case .found(let entity):
                show(entity.id, state: &state)
            case .ambiguous(let entities):
                state.message = "“\(phrase)” names several entities: " + entities.map(\.name).joined(separator: ", ")
            case .notFound(let suggestions):
                let close = suggestions.prefix(3).map(\.name).joined(separator: ", ")
                state.message = "No entity is called “\(phrase)”" + (close.isEmpty ? "" : "; close: \(close)")
            }
            return
        }
        guard let source = layout.source(ofLine: state.reading.cursorLine),
              let blockIndex = document.blockIndex(containing: state.reading.mode.textCursor?.offset ?? source.lowerBound) else {
            state.message = nothing
            return
        }
        let block = document.blocks[blockIndex]
        let named = EntitySpotter(timeline.entities).occurrences(in: block.text).map { occurrence in
            (id: occurrence.entityID, range: TextRange(start: occurrence.range.start + block.range.start, end: occurrence.range.end + block.range.start))
        }
        let chosen: (id: String, range: TextRange)?
        if let offset = state.reading.mode.textCursor?.offset {
            // The longest name holding the cursor (occurrences come longest first at a start).
            chosen = named.first { $0.range.start <= offset && offset < $0.range.end }
        } else {
            chosen = named.first { $0.range.start < source.upperBound && source.lowerBound < $0.range.end }
        }
        guard let chosen else {
            state.message = nothing
            return
        }
        show(chosen.id, state: &state)
    }

    static func handle(_ command: Command, page: EntityPage, state: inout AppState, effects: inout [Effect]) {
        guard let timeline = state.library.timeline, let (content, frame) = EntityPageView.laidOut(page, state: state) else {
            state.overlay = nil
            return
        }
        switch command {
        case .activate:
            guard content.items.indices.contains(page.selected) else { return }
            switch content.items[page.selected].action {
            case .event(let id):
                EventCardReducer.show(id, atConflicts: false, state: &state)
            case .passage(let location):
                state.overlay = nil
                Navigator.jump(to: location, placement: .third, state: &state, effects: &effects)
                state.focus = state.screenLayout.isVisible(.reading) ? .reading : state.focus
                state.message = "\(content.title) in \(location.article) — Ctrl-O returns"
            case .note(let id):
                guard let note = state.annotations.annotation(id) else { return }
                state.overlay = nil
                OverlayReducer.openNote(note, state: &state, effects: &effects)
            case .telling, .conflict:
                break
            }
        case .filterTimeline:
            guard let entity = timeline.entity(withID: page.entityID) else { return }
            state.overlay = nil
            TimelineReducer.apply(.entity(id: entity.id, name: entity.name, count: timeline.events(involving: entity.id).count), state: &state)
            PaneReducer.focus(.timeline, state: &state)
            state.message = "The timeline shows the events of \(entity.name); F clears the filter"
        case .nextPane, .previousPane, .focusBrowser, .focusReading, .focusTimeline, .focusNotes:
            // Going to a pane leaves the page (it lies over the panes), as the event card does.
            state.overlay = nil
            PaneReducer.handle(command, state: &state)
        default:
            var moved = page
            (moved.top, moved.selected) = EventCardReducer.moved(top: page.top, selected: page.selected, command: command, content: content,
                                                                 height: PopupGeometry.body(of: frame).height)
            state.overlay = .entityPage(moved)
        }
    }
}
