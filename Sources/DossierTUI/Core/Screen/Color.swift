/// A terminal colour: the terminal's own default, one of the 16 ANSI colours, or an
/// entry of the xterm 256-colour palette.
///
/// Views use colours through a theme; the terminal backend maps them onto what the
/// terminal has (``approximated(toPaletteSize:)``).
enum Color: Hashable, Sendable {
    /// The terminal's default foreground or background (what reads on both dark and
    /// light backgrounds).
    case terminalDefault
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow
    case brightBlue, brightMagenta, brightCyan, brightWhite
    /// An entry of the xterm 256-colour palette (16–231 colour cube, 232–255 greys).
    case indexed(UInt8)

    /// The palette index (0–255), or `nil` for ``terminalDefault``.
    var paletteIndex: Int? {
        switch self {
        case .terminalDefault: return nil
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        case .brightBlack: return 8
        case .brightRed: return 9
        case .brightGreen: return 10
        case .brightYellow: return 11
        case .brightBlue: return 12
        case .brightMagenta: return 13
        case .brightCyan: return 14
        case .brightWhite: return 15
        case .indexed(let index): return Int(index)
        }
    }

    /// The palette index to use on a terminal with `paletteSize` colours (8, 16, 88,
    /// 256…), or `nil` for the terminal default: bright colours fall back to their base
    /// colour on 8-colour terminals, palette entries to the nearest ANSI colour.
    ///
    /// ```swift
    /// Color.brightRed.approximated(toPaletteSize: 8)     // 1
    /// Color.indexed(196).approximated(toPaletteSize: 8)  // 1 (pure red)
    /// ```
    func approximated(toPaletteSize paletteSize: Int) -> Int? {
        guard let index = paletteIndex else { return nil }
        if index < paletteSize { return index }
        let ansi = index < 16 ? index : Color.nearestANSI(toPaletteIndex: index)
        if ansi < paletteSize { return ansi }
        return ansi >= 8 ? ansi - 8 : ansi % max(paletteSize, 1)
    }

    /// The nearest of the 16 ANSI colours to a 256-palette entry (16–255).
    static func nearestANSI(toPaletteIndex index: Int) -> Int {
        let (r, g, b) = rgb(ofPaletteIndex: index)
        let ansiRGB: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
            (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
            (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        var best = 0
        var bestDistance = Int.max
        for (candidate, value) in ansiRGB.enumerated() {
            let distance = (value.0 - r) * (value.0 - r) + (value.1 - g) * (value.1 - g) + (value.2 - b) * (value.2 - b)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// The RGB value xterm gives a palette entry 16–255.
    static func rgb(ofPaletteIndex index: Int) -> (Int, Int, Int) {
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
        let cube = index - 16
        let steps = [0, 95, 135, 175, 215, 255]
        return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }
}
