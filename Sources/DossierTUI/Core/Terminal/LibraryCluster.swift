/// How a backend that sizes clusters the way the C library does (`wcwidth` of the
/// first scalar, at most `maxScalars` scalars per cell — ncurses' `cchar_t`) writes a
/// cell without losing its place on the line.
///
/// Most clusters are written as they are. Where ``DisplayWidth`` and the library
/// disagree (an emoji presentation sequence whose base is narrow, a flag) or the
/// cluster is too long for one library cell, the cell is written as clusters the
/// library sizes the same as the screen buffer, so the columns after it stay right:
/// `"❤\u{FE0F}"` → `"❤"`, `" "`; `"🇵🇰"` → `"P"`, `"K"`; a ZWJ or modifier sequence
/// (more than one spacing character, which one ncurses cell cannot hold) → its first
/// emoji.
enum LibraryCluster {
    /// The pieces to write for a cell holding `symbol` of `width` columns, in order;
    /// each piece is one library cell and their library widths add up to `width`.
    static func pieces(for symbol: String, width: Int, maxScalars: Int) -> [[Unicode.Scalar]] {
        guard let character = symbol.first, width > 0 else { return [] }
        let scalars = Array(character.unicodeScalars)
        let libraryWidth = DisplayWidth.libraryWidth(of: character) ?? -1
        // ncurses keeps one spacing character per cell plus zero-width ones; a joiner
        // would make the terminal fuse the cell with the next one.
        let spacing = scalars.filter { DisplayWidth.of($0) != 0 }.count
        let hasJoiner = scalars.contains { $0.value == 0x200D }
        if libraryWidth == width && scalars.count <= maxScalars && spacing <= 1 && !hasJoiner {
            return [scalars]
        }
        let regional = scalars.compactMap(regionalIndicatorLetter)
        if regional.count == scalars.count && regional.count == width {
            return regional.map { [$0] }
        }
        if let base = scalars.first(where: { DisplayWidth.of($0) > 0 }) {
            let baseWidth = DisplayWidth.of(base)
            if baseWidth <= width {
                return [[base]] + Array(repeating: [" "], count: width - baseWidth)
            }
        }
        return [["\u{FFFD}"]] + Array(repeating: [" "], count: max(0, width - 1))
    }

    /// "A"–"Z" for the regional indicator symbols U+1F1E6–U+1F1FF.
    private static func regionalIndicatorLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard (0x1F1E6...0x1F1FF).contains(scalar.value) else { return nil }
        return Unicode.Scalar(scalar.value - 0x1F1E6 + 0x41)
    }
}
