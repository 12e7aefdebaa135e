/// A key the user pressed, independent of the terminal library.
///
/// Printable keys are ``character(_:)``; control combinations are ``control(_:)``
/// with the lowercase letter (`.control("d")` is Ctrl-D). Tab and Ctrl-I, Enter and
/// Ctrl-M/Ctrl-J, Backspace and Ctrl-H are the same bytes on a terminal, so they are
/// decoded as ``tab``, ``enter`` and ``backspace``.
enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    case control(Character)
    case enter, tab, backTab, backspace, escape, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1–F63.
    case function(Int)

    /// How the key is written in help and hints: `j`, `Space`, `Ctrl-D`, `Shift-Tab`, `↓`.
    var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let character): return "Ctrl-" + String(character).uppercased()
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .escape: return "Esc"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let number): return "F\(number)"
        }
    }

    /// The key a terminal sends as the character `value` (a byte or a Unicode scalar),
    /// or `nil` for a value that is not a key (a lone surrogate, an invalid scalar).
    ///
    /// ```swift
    /// Key.decode(character: 0x04)  // .control("d")
    /// Key.decode(character: 0x0D)  // .enter
    /// Key.decode(character: 0x44F) // .character("я")
    /// ```
    static func decode(character value: UInt32) -> Key? {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x00: return .control("@")
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0x1C...0x1F: return .control(Character(Unicode.Scalar(UInt8(value) + 0x40)))
        case 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
