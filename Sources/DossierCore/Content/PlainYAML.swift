/// The lines of YAML that ``PlainFrontMatter`` and ``PlainManifest`` read without a YAML
/// parser: `key: value` at a known indent, and one-line plain or double-quoted scalars read
/// exactly as YAML reads them — anything else is refused (nil), to be left to Yams.
enum PlainYAML {
    /// A scalar as read, with its style: a plain scalar may be a boolean, a quoted one never.
    struct Scalar {
        var text: String
        var plain: Bool
    }

    /// Whether `yaml` holds nothing YAML would reject, break a line at (NEL, U+2028, U+2029)
    /// or report: otherwise it is left to Yams.
    static func isPlainText(_ yaml: String) -> Bool {
        TerminalSafeText.firstUnsafeScalar(in: yaml, allowing: .lineFeed) == nil
            && !yaml.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF })
    }

    /// `key` and what follows `key:` (spaces trimmed) on a line indented by exactly `indent`
    /// spaces; nil when the line is not such a line.
    static func keyAndRest(_ line: Substring, indent: Int) -> (String, Substring)? {
        guard line.prefix(indent).allSatisfy({ $0 == " " }) else { return nil }
        let text = line.dropFirst(indent)
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon]
        guard !key.isEmpty, key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }) else { return nil }
        let after = text[text.index(after: colon)...]
        guard after.isEmpty || after.first == " " else { return nil }
        return (String(key), trimmed(after))
    }

    /// A one-line plain or double-quoted scalar, as YAML reads it; nil for anything else.
    static func scalar(_ text: Substring) -> Scalar? {
        // A leading space (`-  item`) is not part of the value in YAML: left to Yams.
        guard let first = text.first, first != " " else { return nil }
        if first == "\"" { return doubleQuoted(text.dropFirst()) }
        // What could start something other than a plain scalar, end it early or continue it.
        guard !"-?:,[]{}#&*!|>'\"%@`~".contains(first), !text.contains(": "), !text.contains(" #"), text.last != ":",
              text != "null", text != "Null", text != "NULL"
        else { return nil }
        return Scalar(text: String(text), plain: true)
    }

    /// The text of a double-quoted scalar that closes on its line with only spaces after it.
    static func doubleQuoted(_ text: Substring) -> Scalar? {
        var value = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" {
                guard text[text.index(after: index)...].allSatisfy({ $0 == " " }) else { return nil }
                return Scalar(text: value, plain: false)
            }
            if character == "\\" {
                let escaped = text.index(after: index)
                guard escaped < text.endIndex, text[escaped] == "\"" || text[escaped] == "\\" else { return nil }
                value.append(text[escaped])
                index = text.index(after: escaped)
                continue
            }
            value.append(character)
            index = text.index(after: index)
        }
        return nil
    }

    static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
