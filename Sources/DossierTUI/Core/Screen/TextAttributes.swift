/// Character attributes a terminal can show; combined freely.
struct TextAttributes: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }

    static let bold = TextAttributes(rawValue: 1 << 0)
    static let dim = TextAttributes(rawValue: 1 << 1)
    static let italic = TextAttributes(rawValue: 1 << 2)
    static let underline = TextAttributes(rawValue: 1 << 3)
    /// Foreground and background swapped; what monochrome terminals use for highlights.
    static let reverse = TextAttributes(rawValue: 1 << 4)
}
