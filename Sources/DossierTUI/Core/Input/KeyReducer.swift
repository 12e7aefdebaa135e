/// Turns a key into a command through the key table — looked up in the most specific
/// context first: a prompt or the note editor (which take typed text), an open popup,
/// a selection or cursor in the reading pane, the focused pane — and sends the command
/// to the reducer that owns it.
enum KeyReducer {
    static func handle(_ key: Key, state: inout AppState, effects: inout [Effect]) {
        if let prompt = state.prompt {
            PromptReducer.handle(key, prompt: prompt, state: &state, effects: &effects)
            return
        }
        if state.screenLayout.mode == .tooSmall {
            // Only quitting makes sense on a screen too small to show anything — and not
            // even that while a note is being written (it would be lost).
            if case .noteEditor? = state.overlay { return }
            if KeyMap.defaults.command(for: key, in: []) == .quit { quit(state: &state, effects: &effects) }
            return
        }
        if case .noteEditor(let editor)? = state.overlay {
            NoteEditorReducer.handle(key, editor: editor, state: &state, effects: &effects)
            return
        }
        let contexts = activeContexts(state)
        guard let command = KeyMap.defaults.command(for: key, in: contexts) else {
            state.message = "\(key) does nothing here; \(KeyMap.defaults.keyName(.help)) lists the keys"
            return
        }
        if command == .quit {
            quit(state: &state, effects: &effects)
            return
        }
        if let overlay = state.overlay {
            OverlayReducer.handle(command, overlay: overlay, state: &state, effects: &effects)
            return
        }
        GlobalReducer.handle(command, state: &state, effects: &effects)
    }

    /// The contexts keys are looked up in, most specific first (global is implied).
    static func activeContexts(_ state: AppState) -> [KeyContext] {
        if state.prompt != nil { return [.prompt] }
        if case .noteEditor(let editor)? = state.overlay { return [editor.isConfirmingDiscard ? .confirmation : .editor] }
        if state.overlay != nil { return [.popup] }
        return state.focus.content.keyContexts(state)
    }

    /// `q`: remember where each article was left, and leave.
    static func quit(state: inout AppState, effects: inout [Effect]) {
        Navigator.rememberPosition(state: &state)
        effects.append(.savePositions(state.library.positions))
        effects.append(.quit)
        state.isQuitting = true
    }
}
