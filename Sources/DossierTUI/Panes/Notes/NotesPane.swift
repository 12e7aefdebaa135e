import Foundation

/// The notes pane as a pane: the bottom of the right column, listing the notes of the
/// passage in view. Its scroll is decided here, after every event (``normalize(_:)``);
/// the view and the mouse use it as it is.
enum NotesPane: PaneContent {
    static let title = "Notes"
    static let placement = PanePlacement.right(share: 2)

    static func keyContexts(_ state: AppState) -> [KeyContext] { [.notes] }

    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect]) {
        NotesPaneReducer.handle(command, state: &state, effects: &effects)
    }

    /// Scrolls the list so that the selected note is wholly shown.
    static func normalize(_ state: inout AppState) {
        guard state.annotations.isReady, let rect = state.screenLayout.rect(for: .notes) else { return }
        let list = listArea(of: PaneGeometry.body(of: rect))
        state.notes.top = top(model: state.notesPaneModel, selected: state.notes.selected, from: state.notes.top, list: list)
    }

    /// The first list line to show: `top` moved as little as possible for the selected
    /// note (the first in view when none is listed) to be wholly in `list`.
    static func top(model: NotesPaneModel, selected: UUID?, from top: Int, list: Rect) -> Int {
        let lines = NotesPaneLines(model, width: list.width, theme: .monochrome)
        let selection = model.index(of: selected) ?? model.index(of: model.defaultSelection)
        return lines.top(keeping: selection, from: top, height: list.height)
    }

    /// The wheel moves the selection one note per notch.
    static func wheel(_ delta: Int, state: inout AppState) {
        let model = state.notesPaneModel
        guard state.annotations.isReady, !model.isEmpty else { return }
        NotesPaneReducer.move(by: delta > 0 ? 1 : -1, model: model, state: &state)
    }

    /// A click on a note selects it; on the selected note (or a double click), opens it.
    static func click(at point: Point, body: Rect, double: Bool, state: inout AppState, effects: inout [Effect]) {
        guard state.annotations.isReady else { return }
        let model = state.notesPaneModel
        let lines = NotesPaneLines(model, width: listArea(of: body).width, theme: .monochrome)
        guard let item = lines.item(atLine: state.notes.top + point.y - body.y) else { return }
        let wasSelected = (model.index(of: state.notes.selected) ?? model.index(of: model.defaultSelection)) == item
        state.notes.selected = model.items[item].id
        if wasSelected || double { NotesPaneReducer.open(model: model, state: &state, effects: &effects) }
    }

    /// The list keeps one column of margin on the right.
    static func listArea(of body: Rect) -> Rect {
        body.inset(right: 1)
    }

    /// The section(s) in view; `off` when the notes cannot be used.
    static func titleDetail(_ state: AppState) -> String? {
        switch state.annotations.availability {
        case .ready: return NotesPaneView.titleDetail(state.notesPaneModel)
        case .loading: return nil
        case .unavailable: return "off"
        }
    }

    static func bodyView(_ state: AppState, theme: Theme) -> any Widget {
        NotesPaneView(model: state.notesPaneModel, selected: state.notes.selected, top: state.notes.top,
                      focused: state.focus == .notes, theme: theme, availability: state.annotations.availability)
    }
}
