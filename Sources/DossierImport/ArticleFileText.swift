import DossierCore

/// The text of a new article file: YAML front matter with what is known, then the body.
public enum ArticleFileText {
    static func make(_ text: ImportedText) -> String {
        var lines = ["---"]
        if let title = text.title { lines.append("title: " + quoted(title)) }
        if !text.authors.isEmpty {
            lines.append("authors:")
            lines += text.authors.map { "  - name: " + quoted($0) }
        }
        if let venue = text.venue { lines.append("venue: " + quoted(venue)) }
        if let published = text.published { lines.append("published: " + quoted(published)) }
        if let source = text.source { lines.append("source: " + quoted(source)) }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + text.body + (text.body.hasSuffix("\n") ? "" : "\n")
    }

    /// A YAML double-quoted scalar; characters that could act on a terminal are dropped.
    public static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars where !TerminalSafeText.isUnsafe(scalar) || scalar == "\t" {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n", "\t": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
