/// Typing a search in the status line: printable keys type, Backspace deletes, Enter
/// runs the search, Esc cancels. Only the prompt's own bindings apply.
enum PromptReducer {
    static func handle(_ key: Key, prompt: PromptState, state: inout AppState, effects: inout [Effect]) {
        var prompt = prompt
        switch KeyMap.defaults.command(for: key, onlyIn: .prompt) {
        case .activate?:
            state.prompt = nil
            submit(prompt, state: &state, effects: &effects)
        case .cancel?:
            state.prompt = nil
        case .deleteBackward?:
            if prompt.text.isEmpty {
                state.prompt = nil
            } else {
                prompt.text.removeLast()
                state.prompt = prompt
            }
        default:
            if case .character(let character) = key, PrintableText.isPrintable(character) {
                prompt.text.append(character)
                state.prompt = prompt
            }
        }
    }

    static func submit(_ prompt: PromptState, state: inout AppState, effects: inout [Effect]) {
        let text = prompt.text.trimmingCharacters(in: " ")
        guard !text.isEmpty else { return }
        switch prompt.kind {
        case .articleSearch:
            ArticleSearchReducer.submit(text, state: &state, effects: &effects)
        case .collectionSearch:
            CollectionSearchReducer.start(text, state: &state, effects: &effects)
        }
    }
}

extension String {
    /// The string without `character` at either end.
    func trimmingCharacters(in character: Character) -> String {
        var result = Substring(self)
        while result.first == character { result.removeFirst() }
        while result.last == character { result.removeLast() }
        return String(result)
    }
}
