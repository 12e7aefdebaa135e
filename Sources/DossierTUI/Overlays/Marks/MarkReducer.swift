/// Marks: `m{a-z}` remembers the place shown (its top line and cursor line), `'{a-z}`
/// goes back there as any jump does (Ctrl-O returns), `M` lists them. Marks belong to
/// the collection, span its articles, and are saved with the reading positions at once.
enum MarkReducer {
    /// The letter typed after `m` (``Command/setMark``) or `'` (``Command/jumpToMark``).
    static func complete(_ command: Command, with key: Key, state: inout AppState, effects: inout [Effect]) {
        if key == .escape { return }
        guard case .character(let character) = key, character.isASCII, character.isLowercase else {
            state.message = "Marks are the letters a–z"
            return
        }
        let letter = String(character)
        if command == .setMark {
            set(letter, state: &state, effects: &effects)
        } else {
            jump(to: letter, state: &state, effects: &effects)
        }
    }

    /// `m` and a letter: the place shown now becomes mark `letter`.
    static func set(_ letter: String, state: inout AppState, effects: inout [Effect]) {
        guard state.laidOutArticle != nil else {
            state.message = "The article is still loading; mark it in a moment"
            return
        }
        let location = Navigator.currentLocation(state)
        state.library.positions.marks[letter] = location
        effects.append(.savePositions(state.library.positions))
        state.message = "Mark \(letter): " + MarkList.describe(location, library: state.library) + " — '\(letter) comes back here"
    }

    /// `'` and a letter: to mark `letter`, recorded in history.
    static func jump(to letter: String, state: inout AppState, effects: inout [Effect]) {
        guard let location = state.library.positions.marks[letter] else {
            state.message = "No mark \(letter): m\(letter) sets it"
            return
        }
        Navigator.jump(to: location, placement: .top, state: &state, effects: &effects)
        if state.screenLayout.isVisible(.reading) { state.focus = .reading }
    }

    /// `M`: the marks in a popup.
    static func list(state: inout AppState) {
        guard !state.library.positions.marks.isEmpty else {
            state.message = "No marks yet: m and a letter marks a place"
            return
        }
        state.overlay = .marks(MarkList())
    }

    /// Enter in the list: to the selected mark.
    static func choose(_ list: MarkList, state: inout AppState, effects: inout [Effect]) {
        let marks = MarkList.marks(state.library.positions)
        guard marks.indices.contains(list.cursor.selected) else { return }
        state.overlay = nil
        jump(to: marks[list.cursor.selected].letter, state: &state, effects: &effects)
    }
}
