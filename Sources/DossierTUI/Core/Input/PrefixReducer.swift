/// Keys that prefix the next one: a count before a motion (`5j`, `03}`), `m` and `'`
/// before a mark's letter. The key reducer asks here first; what is pending shows in
/// the status line until the next key completes or cancels it.
enum PrefixReducer {
    /// Handles `key` when something is pending that `key` continues or completes (a
    /// digit after a count, the letter after `m` or `'`); `false` when `key` is for the
    /// key table.
    static func continues(_ key: Key, state: inout AppState, effects: inout [Effect]) -> Bool {
        if let mark = state.pendingKeys.mark {
            state.pendingKeys = PendingKeys()
            MarkReducer.complete(mark, with: key, state: &state, effects: &effects)
            return true
        }
        if state.pendingKeys.count != nil, case .character(let character) = key, let digit = asciiDigit(character) {
            count(digit, state: &state)
            return true
        }
        return false
    }

    /// Starts a prefix when `command` is one (a count's first digit, `m`, `'`); `false`
    /// for any other command.
    static func starts(_ command: Command, key: Key, state: inout AppState) -> Bool {
        switch command {
        case .countDigit:
            guard case .character(let character) = key, let digit = asciiDigit(character) else { return false }
            count(digit, state: &state)
            return true
        case .setMark, .jumpToMark:
            guard state.overlay == nil else { return false }
            state.pendingKeys = PendingKeys(mark: command)
            state.message = command == .setMark
                ? "m: a letter a–z marks this place (Esc cancels)"
                : "': the letter of the mark to go to (M lists them; Esc cancels)"
            return true
        default:
            return false
        }
    }

    /// How many times to run `command`: the pending count for a motion, else once. The
    /// count is used up either way; Esc after a count only cancels the count (0 runs).
    static func repetitions(of command: Command, state: inout AppState) -> Int {
        guard let count = state.pendingKeys.count else { return 1 }
        state.pendingKeys.count = nil
        if command == .cancel {
            state.message = "Count cancelled"
            return 0
        }
        return PendingKeys.isCountable(command) ? max(1, count) : 1
    }

    static func count(_ digit: Int, state: inout AppState) {
        let count = state.pendingKeys.counting(digit)
        state.pendingKeys.count = count
        state.message = "Count \(count): the next motion (j k Space w ) } …) moves \(count) times; Esc cancels"
    }

    /// The value of an ASCII digit (not of other scripts' digits, which type nothing here).
    static func asciiDigit(_ character: Character) -> Int? {
        guard character.isASCII, let value = character.wholeNumberValue else { return nil }
        return value
    }
}
