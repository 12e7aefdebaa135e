/// A draft event proposed by `EventSuggester`, written out in the `events.yaml` format.
public struct EventSuggestion: Hashable, Sendable {
    /// One telling: the mention as `events.yaml` writes it, and where its date is in the article file.
    public struct Telling: Hashable, Sendable {
        public var mention: Mention
        /// The article file and the position of the date in it, for the comment above the mention.
        public var file: String
        public var position: SourcePosition
    }

    /// Kebab-case, unique among the collection's events and the other suggestions.
    public var id: String
    public var title: String
    /// The first telling's sentence, a draft for the editors to rewrite.
    public var summary: String
    public var date: EventDate
    /// Entity ids named in the tellings' sentences.
    public var entities: [String]
    public var tellings: [Telling]

    /// The entry as it goes under `events:` in `events.yaml` (indented by two spaces, ending in a newline).
    public var yaml: String {
        var lines = [
            "  - id: \(id)",
            "    title: \(Self.quoted(title))",
            "    summary: \(Self.quoted(summary))",
            "    date: \(Self.quoted(date.description))",
        ]
        if !entities.isEmpty { lines.append("    entities: [\(entities.joined(separator: ", "))]") }
        lines.append("    mentions:")
        for telling in tellings {
            let mention = telling.mention
            lines.append("      # \(telling.file):\(telling.position.line):\(telling.position.column)")
            lines.append("      - article: \(mention.article)")
            lines.append("        quote: \(Self.quoted(mention.quote))")
            if let occurrence = mention.occurrence { lines.append("        occurrence: \(occurrence)") }
            if let told = mention.dateAsTold { lines.append("        date_as_told: \(Self.quoted(told))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar: backslash and double quote escaped, any control character
    /// (there should be none in sanitized text) written as an escape rather than passed through.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.properties.generalCategory == .control {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
