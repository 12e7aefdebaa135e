/// The rule that keeps Content from ever reaching the terminal as a control sequence.
///
/// Every cluster written into a ``ScreenBuffer`` passes through ``cell(for:)``:
///
/// * bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E,
///   U+200F, U+061C) are dropped: they are invisible and would reorder the screen;
/// * clusters containing C0 or C1 controls, DEL, U+2028/U+2029 or any scalar that
///   `wcwidth` calls non-printable become U+FFFD (one column);
/// * clusters of width 0 (a lone combining mark, U+200B) are dropped;
/// * everything else is kept with its ``DisplayWidth``.
public enum PrintableText {
    /// What is shown in place of a non-printable cluster.
    public static let replacement: Character = "\u{FFFD}"

    /// The cluster to store for `character` and its width (1 or 2), or `nil` when the
    /// cluster is dropped.
    ///
    /// ```swift
    /// PrintableText.cell(for: "中")        // ("中", 2)
    /// PrintableText.cell(for: "\u{1B}")    // ("\u{FFFD}", 1)
    /// PrintableText.cell(for: "\u{202E}")  // nil
    /// ```
    public static func cell(for character: Character) -> (character: Character, width: Int)? {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? (character, 1) : (replacement, 1)
        }
        if character.unicodeScalars.contains(where: isBidiControl) { return nil }
        guard let width = DisplayWidth.of(character) else { return (replacement, 1) }
        return width == 0 ? nil : (character, width)
    }

    /// Whether `character` is stored as it is (printable, not dropped, not replaced).
    public static func isPrintable(_ character: Character) -> Bool {
        guard let cell = cell(for: character) else { return false }
        return cell.character == character
    }

    /// `text` with every cluster passed through ``cell(for:)``: what the screen will show.
    ///
    /// ```swift
    /// PrintableText.sanitized("a\u{1B}[31mb")   // "a\u{FFFD}[31mb"
    /// ```
    public static func sanitized<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if let cell = cell(for: character) { result.append(cell.character) }
        }
        return result
    }

    /// Bidirectional embedding, override, isolate and mark characters.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
