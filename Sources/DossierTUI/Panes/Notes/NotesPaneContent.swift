import DossierCore

extension AppState {
    /// What the notes pane lists now: the current article's notes of the passage or
    /// sections on screen (``NotesPaneModel``).
    var notesPaneModel: NotesPaneModel {
        let layout = laidOutArticle
        let visible = ReadingViewport.visibleLines(self).compactMap { layout?.source(ofLine: $0) }
        return NotesPaneModel(notes: annotations.derived.article, document: document, visible: visible)
    }

    /// The note the notes pane shows as selected: its own selection when listed, else
    /// the first note in view.
    var selectedPaneNote: NotesPaneItem? {
        let model = notesPaneModel
        let index = model.index(of: notes.selected) ?? model.index(of: model.defaultSelection)
        return index.map { model.items[$0] }
    }
}
