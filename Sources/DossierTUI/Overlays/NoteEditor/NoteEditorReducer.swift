import DossierCore
import DossierNotes

/// Keys while the note editor popup is open: it takes every key (``NoteEditorState``),
/// but Ctrl-X hands the text to `$VISUAL`/`$EDITOR`. Saving asks for the store change
/// and keeps the popup open until it is done: a failed save never loses the text.
enum NoteEditorReducer {
    static func handle(_ key: Key, editor: NoteEditorState, state: inout AppState, effects: inout [Effect]) {
        if !editor.isAsking, KeyMap.defaults.command(for: key, onlyIn: .editor) == .editInEditor {
            effects.append(.editExternally(ExternalEditRequest(purpose: editor.purpose, quote: editor.quote, body: editor.body, fromPopup: true)))
            return
        }
        var editor = editor
        if !editor.isAsking, LinkCompletionReducer.handle(key, editor: &editor, state: state) {
            state.overlay = .noteEditor(editor)
            return
        }
        let asking = editor.isAsking
        let action = editor.handle(key)
        if !asking { LinkCompletionReducer.follow(key, editor: &editor) }
        state.overlay = .noteEditor(editor)
        switch action {
        case .save?:
            saveCheckingLinks(editor, state: &state, effects: &effects)
        case .saveDespiteUnresolvedLinks?:
            save(editor, state: &state, effects: &effects)
        case .close?:
            state.overlay = nil
            if editor.isDirty { state.message = "Changes discarded" }
        case nil:
            break
        }
    }

    /// Saves, unless links of a changed text name nothing: then asks "2 links resolve
    /// to nothing: … Save anyway? y/n" first.
    static func saveCheckingLinks(_ editor: NoteEditorState, state: inout AppState, effects: inout [Effect]) {
        let unchanged: Bool
        if case .edit = editor.purpose { unchanged = !editor.isDirty } else { unchanged = false }
        let unresolved = unchanged ? [] : LinkFollower.navigator(state).unresolvedLinks(in: editor.body)
        guard unresolved.isEmpty else {
            var editor = editor
            editor.askAboutUnresolvedLinks(unresolved.map(\.markup))
            state.overlay = .noteEditor(editor)
            // The whole list, where the popup's one row may have no room for it.
            let count = unresolved.count == 1 ? "1 link resolves" : "\(unresolved.count) links resolve"
            state.message = "\(count) to nothing: " + unresolved.map(\.markup).joined(separator: " ")
            return
        }
        save(editor, state: &state, effects: &effects)
    }

    /// Asks for the editor's text to be stored: a new annotation (a note, or a
    /// highlight when nothing was written) or a new body.
    static func save(_ editor: NoteEditorState, state: inout AppState, effects: inout [Effect]) {
        if let reason = NoteAtHand.unavailableReason(state) {
            state.message = reason + " — the text stays here"
            return
        }
        switch editor.purpose {
        case .create(let article, let range, let kind):
            let body = editor.body
            let isBlank = body.allSatisfy(\.isWhitespace)
            guard let document = state.library.documents[article],
                  let selectors = Anchor.selectors(for: range.start..<range.end, in: document.plainText.string) else {
                state.message = "This passage cannot be annotated"
                return
            }
            let savedKind: AnnotationKind = isBlank && kind == .note ? .highlight : kind
            effects.append(.changeNote(.create(article: article, selectors: selectors, kind: savedKind, body: isBlank ? "" : body)))
        case .edit(let id, _):
            guard editor.isDirty else {
                state.overlay = nil
                state.message = "No changes"
                return
            }
            effects.append(.changeNote(.updateBody(id: id, body: editor.body)))
        }
    }

    /// Whether the popup open now edits for `purpose`.
    static func isOpen(for purpose: NoteEditorPurpose, in state: AppState) -> Bool {
        if case .noteEditor(let editor)? = state.overlay { return editor.purpose == purpose }
        return false
    }
}
