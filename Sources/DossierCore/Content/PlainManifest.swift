/// Reads the common shape of `collection.yaml` without a YAML parser: top-level `id`, `title`
/// and `description` as one-line plain or double-quoted values, and `articles` as a block list
/// of such values (or `[]`).
///
/// Every command reads the manifest, and Yams took a tenth of a reader's first frame on a
/// collection of a thousand articles. As ``PlainFrontMatter`` does for an article's head, this
/// gives exactly what the YAML path gives, or nil: anything outside the shape (comments, block
/// scalars, flow lists, a duplicate or unknown key, an id the YAML path would report) is left to
/// ``CollectionLoader``'s YAML path, so every diagnostic still comes from one place.
enum PlainManifest {
    static func read(_ yaml: String) -> ManifestValues? {
        guard PlainYAML.isPlainText(yaml) else { return nil }
        var values = ManifestValues()
        var seen: Set<String> = []
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var number = 0
        while number < lines.count {
            let line = lines[number]
            number += 1
            if line.allSatisfy({ $0 == " " }) { continue }
            guard let (key, rest) = PlainYAML.keyAndRest(line, indent: 0), seen.insert(key).inserted else { return nil }
            switch key {
            case "articles":
                if rest == "[]" { continue }
                guard rest.isEmpty, let items = listedIDs(lines, from: &number), !items.isEmpty else { return nil }
                values.articles = items
            case "id", "title", "description":
                guard let scalar = PlainYAML.scalar(rest) else { return nil }
                let text = scalar.text.isEmpty ? nil : scalar.text
                switch key {
                case "id": values.id = text
                case "title": values.title = text
                default: values.description = text
                }
            default:
                return nil
            }
        }
        // An empty manifest, or an invalid id, is for the YAML path to report.
        guard !seen.isEmpty else { return nil }
        if let id = values.id, !CollectionID.isValid(id.trimmingSpaces) { return nil }
        return values
    }

    /// The `- value` items from line `number` (0-based) on, all at one indent, up to the next
    /// top-level key; nil when a line is anything else.
    private static func listedIDs(_ lines: [Substring], from number: inout Int) -> [ManifestValues.Listed]? {
        var items: [ManifestValues.Listed] = []
        var indent: Int?
        while number < lines.count {
            let line = lines[number]
            if line.allSatisfy({ $0 == " " }) {
                number += 1
                continue
            }
            let spaces = line.prefix { $0 == " " }.count
            guard line.dropFirst(spaces).hasPrefix("- ") else {
                if spaces == 0 { break }
                return nil
            }
            guard indent == nil || indent == spaces, let scalar = PlainYAML.scalar(line.dropFirst(spaces + 2)),
                  PlainYAML.keyAndRest(line.dropFirst(spaces + 2), indent: 0) == nil
            else { return nil }
            indent = spaces
            items.append(ManifestValues.Listed(id: scalar.text, line: number + 1, column: spaces + 3))
            number += 1
        }
        return items
    }
}

/// What `collection.yaml` says, as either reader reads it: an empty value is nil, an id is
/// a valid one.
struct ManifestValues: Equatable {
    /// An article id as listed, with the line and column (from 1) of its value.
    struct Listed: Equatable {
        var id: String
        var line: Int
        var column: Int
    }

    var id: String?
    var title: String?
    var description: String?
    var articles: [Listed] = []
}
