/// Typing a search in the status line: printable keys type, Backspace deletes, Up and
/// Down walk the earlier searches, Enter runs the search (and keeps it in the history),
/// Esc cancels. Only the prompt's own bindings apply.
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
                prompt.historyIndex = nil
                state.prompt = prompt
            }
        case .earlierSearch?:
            state.prompt = walked(prompt, by: -1, history: state.library.positions.searches)
        case .laterSearch?:
            state.prompt = walked(prompt, by: 1, history: state.library.positions.searches)
        default:
            if case .character(let character) = key, PrintableText.isPrintable(character) {
                prompt.text.append(character)
                prompt.historyIndex = nil
                state.prompt = prompt
            }
        }
    }

    /// The prompt showing the query `delta` steps from the one shown (-1: earlier); past
    /// the newest, the text that was being typed.
    static func walked(_ prompt: PromptState, by delta: Int, history: SearchHistory) -> PromptState {
        var prompt = prompt
        let queries = history.queries
        let current = prompt.historyIndex ?? queries.count
        let target = max(0, min(queries.count, current + delta))
        guard target != current else { return prompt }
        if prompt.historyIndex == nil { prompt.draft = prompt.text }
        if target == queries.count {
            prompt.historyIndex = nil
            prompt.text = prompt.draft
        } else {
            prompt.historyIndex = target
            prompt.text = queries[target]
        }
        return prompt
    }

    static func submit(_ prompt: PromptState, state: inout AppState, effects: inout [Effect]) {
        let text = prompt.text.trimmingCharacters(in: " ")
        switch prompt.kind {
        case .articleSearch:
            guard !text.isEmpty else { return }
            remember(text, state: &state, effects: &effects)
            ArticleSearchReducer.submit(text, state: &state, effects: &effects)
        case .collectionSearch:
            guard !text.isEmpty else { return }
            remember(text, state: &state, effects: &effects)
            CollectionSearchReducer.start(text, state: &state, effects: &effects)
        case .tags(let id):
            // An empty answer is an answer here: no tags.
            NoteActionsReducer.setTags(of: id, to: text, state: &state, effects: &effects)
        case .timelineSearch:
            TimelineSearchReducer.submit(text, state: &state)
        case .year:
            TimelineSearchReducer.jump(toYear: text, state: &state)
        }
    }

    /// A search joins the history Up and Down walk, kept with the reading state.
    private static func remember(_ query: String, state: inout AppState, effects: inout [Effect]) {
        state.library.positions.searches.record(query)
        effects.append(.savePositions(state.library.positions))
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
