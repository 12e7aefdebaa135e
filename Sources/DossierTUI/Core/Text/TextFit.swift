/// Fitting text into columns, by display width.
public enum TextFit {
    /// `text` cut to `width` columns, ending in `…` when cut.
    ///
    /// ```swift
    /// TextFit.truncated("Pakistan–Russia relations", width: 10)   // "Pakistan–…"
    /// ```
    public static func truncated(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let sanitized = PrintableText.sanitized(text)
        if DisplayWidth.of(sanitized) <= width { return sanitized }
        var result = ""
        var used = 0
        for character in sanitized {
            let characterWidth = DisplayWidth.of(String(character))
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// The end of `text` that fits in `width` columns: what a prompt shows of a query longer
    /// than its line, cut at the start by display width (a wide character is two columns).
    ///
    /// ```swift
    /// TextFit.tail("Search: 冷战时期", width: 5)   // "时期"
    /// ```
    static func tail(_ text: String, width: Int) -> String {
        var shown = Substring(text)
        var excess = DisplayWidth.of(shown) - max(0, width)
        while excess > 0, let first = shown.first {
            excess -= DisplayWidth.of(String(first))
            shown = shown.dropFirst()
        }
        return String(shown)
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns.
    static func padded(_ text: String, width: Int) -> String {
        let fitted = truncated(text, width: width)
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }
}
