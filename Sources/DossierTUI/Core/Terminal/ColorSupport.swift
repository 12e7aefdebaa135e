/// What colours a terminal can show; the theme is chosen from this.
enum ColorSupport: Hashable, Sendable, Comparable {
    /// No colour: attributes only (a monochrome terminal, or `NO_COLOR` set).
    case monochrome
    /// The 8 ANSI colours.
    case eight
    /// The 16 ANSI colours.
    case sixteen
    /// The xterm 256-colour palette (or more).
    case palette256

    /// How many palette entries colours may use.
    var paletteSize: Int {
        switch self {
        case .monochrome: return 0
        case .eight: return 8
        case .sixteen: return 16
        case .palette256: return 256
        }
    }

    /// The support for a terminal reporting `colors` colours (ncurses' `COLORS`).
    init(colors: Int) {
        switch colors {
        case ..<8: self = .monochrome
        case 8..<16: self = .eight
        case 16..<256: self = .sixteen
        default: self = .palette256
        }
    }
}
