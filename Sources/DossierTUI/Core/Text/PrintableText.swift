import DossierCore

/// What a cell of the screen may hold: ``TerminalSafeText``'s rule, applied per grapheme cluster
/// and by display width.
///
/// Every cluster written into a ``ScreenBuffer`` passes through ``cell(for:)``:
///
/// * a cluster holding a scalar the rule drops (bidirectional embeddings, overrides,
///   isolates) is dropped;
/// * a cluster holding a scalar the rule replaces (C0 — line feed and tab too, a cell has no
///   room for layout —, DEL, C1, U+2028/U+2029) or any scalar that `wcwidth` calls
///   non-printable becomes U+FFFD (one column);
/// * clusters of width 0 (a lone combining mark, U+200B, a bidirectional mark) are dropped;
/// * everything else is kept with its ``DisplayWidth``.
enum PrintableText {
    /// What is shown in place of a non-printable cluster.
    static let replacement = Character(TerminalSafeText.replacement)

    /// The cluster to store for `character` and its width (1 or 2), or `nil` when the
    /// cluster is dropped.
    ///
    /// ```swift
    /// PrintableText.cell(for: "中")        // ("中", 2)
    /// PrintableText.cell(for: "\u{1B}")    // ("\u{FFFD}", 1)
    /// PrintableText.cell(for: "\u{202E}")  // nil
    /// ```
    static func cell(for character: Character) -> (character: Character, width: Int)? {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? (character, 1) : (replacement, 1)
        }
        var replaced = false
        for scalar in character.unicodeScalars {
            switch TerminalSafeText.treatment(of: scalar) {
            case .drop: return nil
            case .replace: replaced = true
            case .keep: break
            }
        }
        guard !replaced, let width = DisplayWidth.of(character) else { return (replacement, 1) }
        return width == 0 ? nil : (character, width)
    }

    /// Whether `character` is stored as it is (printable, not dropped, not replaced).
    static func isPrintable(_ character: Character) -> Bool {
        guard let cell = cell(for: character) else { return false }
        return cell.character == character
    }

    /// `text` with every cluster passed through ``cell(for:)``: what the screen will show.
    ///
    /// ```swift
    /// PrintableText.sanitized("a\u{1B}[31mb")   // "a\u{FFFD}[31mb"
    /// ```
    static func sanitized<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if let cell = cell(for: character) { result.append(cell.character) }
        }
        return result
    }
}
