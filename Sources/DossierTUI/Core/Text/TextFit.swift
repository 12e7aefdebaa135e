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

    /// `text` as one line of at most `width` columns: whitespace runs folded to one space,
    /// the ends trimmed, then ``truncated(_:width:)`` (so anything that could steer the
    /// terminal is made harmless).
    ///
    /// ```swift
    /// TextFit.foldedLine("  Pakistan\n\tand   Russia ", width: 12)   // "Pakistan an…"
    /// ```
    public static func foldedLine(_ text: String, width: Int) -> String {
        if let line = asciiFoldedLine(text, width: width) { return line }
        // Folded only as far as the line can show: a note's body of pages costs its first
        // words (`notes list` prints ten thousand). Two columns past the width, the cut
        // `truncated` makes is the one the whole text would get: a character counted here is
        // never wider than what `truncated` turns it into.
        var folded = ""
        var columns = 0
        var spaceBefore = false
        for character in text {
            if character.isWhitespace {
                spaceBefore = !folded.isEmpty
                continue
            }
            if spaceBefore {
                folded.append(" ")
                columns += 1
                spaceBefore = false
            }
            folded.append(character)
            columns += DisplayWidth.of(character) ?? 0
            if columns > width + 2 { break }
        }
        return truncated(folded, width: width)
    }

    /// ``foldedLine(_:width:)`` read as bytes when the text is printable ASCII (and ASCII
    /// whitespace) up to the cut; `nil` at the first other byte, for the general reading. No
    /// cluster can start within what is kept: a byte past it would have to be read first.
    private static func asciiFoldedLine(_ text: String, width: Int) -> String? {
        guard width > 0 else { return "" }
        var line: [UInt8] = []
        line.reserveCapacity(width + 2)
        var spaceBefore = false
        for byte in text.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20:
                spaceBefore = !line.isEmpty
            case 0x21...0x7E:
                if spaceBefore {
                    line.append(0x20)
                    spaceBefore = false
                }
                line.append(byte)
            default:
                return nil
            }
            // One column per byte: past the width, the line is cut before its last column.
            if line.count > width { return String(decoding: line.prefix(width - 1), as: UTF8.self) + "…" }
        }
        return String(decoding: line, as: UTF8.self)
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
