import DossierCore

/// What must hold after every event, whatever changed: the notes drawn are those of the
/// article shown, the focused pane is on screen, and each pane's own positions are valid
/// (``PaneContent/normalize(_:)``: the article laid out at the current width, lists
/// scrolled to their selection, the timeline following the reading).
enum StateNormalizer {
    static func normalize(_ state: inout AppState) {
        refreshNotes(&state)
        guard state.screenLayout.mode != .tooSmall else { return }
        if !state.screenLayout.isVisible(state.focus) && state.screenLayout.mode == .wide { state.focus = .reading }
        for pane in Pane.allCases { pane.content.normalize(&state) }
        // The overlays that keep derived state: the card's lines, the sides' layouts.
        EventCardReducer.refreshCache(&state)
        SideBySideReducer.normalize(&state)
    }

    /// Rebuilds what the panes draw from the notes when the notes or the article changed;
    /// keeps the notes pane's selection on a listed note.
    static func refreshNotes(_ state: inout AppState) {
        let key = NotesDerived.Key(revision: state.annotations.revision, article: state.reading.articleID)
        guard state.annotations.derived.key != key else { return }
        var derived = NotesDerived.compute(article: state.reading.articleID, notes: state.annotations.collection)
        derived.key = key
        state.annotations.derived = derived
    }
}
