/// Type-to-filter in every list popup: a printable key (but `?`) types into the filter, Backspace
/// deletes its last character, Esc clears it (a second Esc closes the popup). Moving is
/// left to the arrows, PgUp/PgDn, Home/End and Ctrl-N/Ctrl-P, since letters type.
enum ListFilterReducer {
    /// Handles `key` when it edits the filter of the list popup `overlay`; false when the
    /// key is for the popup itself (or `overlay` is not a list popup).
    static func handle(_ key: Key, overlay: Overlay, state: inout AppState) -> Bool {
        guard var filter = overlay.listFilter else { return false }
        switch KeyMap.defaults.command(for: key, onlyIn: .list) {
        case .deleteBackward? where !filter.text.isEmpty:
            filter.text.removeLast()
        case .cancel? where !filter.text.isEmpty:
            filter.text = ""
        case nil:
            // A space before any text pages, as in the other popups; `?` stays the help.
            guard case .character(let character) = key, PrintableText.isPrintable(character), character != "?",
                  !(character == " " && filter.text.isEmpty) else { return false }
            filter.text.append(character)
        default:
            return false
        }
        state.overlay = overlay.withListFilter(filter)
        return true
    }
}
