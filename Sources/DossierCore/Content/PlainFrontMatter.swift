/// Reads the common shape of front matter without a YAML parser: top-level `key: value` lines
/// with plain or double-quoted one-line values, `authors` as a list of names or of `name` /
/// `affiliation` pairs, `provenance` as a list of strings, and empty lists (`[]`).
///
/// Parsing YAML with Yams is most of the cost of reading an article's head, and a thousand
/// heads are read for a reader's first frame when the index is cold. This reader gives exactly
/// the metadata the YAML path gives, or nil: anything outside that shape (comments, block or
/// single-quoted scalars, escapes other than `\"` and `\\`, flow collections, anchors, a
/// continuation line, a duplicate or unknown key, corrections) and anything the YAML path would
/// report (a wrong id, an invalid date or URL, an empty author name) is left to
/// ``ArticleFileReader``'s YAML path, so every diagnostic still comes from one place.
enum PlainFrontMatter {
    static func metadata(_ yaml: String, fileID: String) -> ArticleFileReader.Metadata? {
        guard PlainYAML.isPlainText(yaml) else { return nil }
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)[...]
        var values: [String: Value] = [:]
        while let line = lines.popFirst() {
            if line.allSatisfy({ $0 == " " }) { continue }
            guard let (key, rest) = PlainYAML.keyAndRest(line, indent: 0), ArticleFileReader.knownKeys.contains(key), values[key] == nil
            else { return nil }
            if rest.isEmpty {
                guard let items = listItems(&lines) else { return nil }
                values[key] = .list(items)
            } else if rest == "[]" {
                values[key] = .list([])
            } else {
                guard let scalar = PlainYAML.scalar(rest) else { return nil }
                values[key] = .scalar(scalar)
            }
        }
        guard !values.isEmpty else { return nil }
        return metadata(values, fileID: fileID)
    }

    /// A value as read: a scalar with its style, or a list of items.
    private enum Value {
        case scalar(PlainYAML.Scalar)
        case list([Item])
    }

    /// A list item: a scalar, or a mapping of scalars (an author).
    private enum Item {
        case scalar(PlainYAML.Scalar)
        case mapping([String: PlainYAML.Scalar])
    }

    /// The metadata the YAML path gives for these values, or nil when it would report something.
    private static func metadata(_ values: [String: Value], fileID: String) -> ArticleFileReader.Metadata? {
        // As `YAMLReader.optional`: an empty value is no value; nil when the value is a list.
        func text(_ key: String) -> String?? {
            switch values[key] {
            case nil: return .some(nil)
            case .scalar(let scalar)?: return .some(scalar.text.isEmpty ? nil : scalar.text)
            case .list?: return nil
            }
        }
        guard let id = text("id"), id == nil || id == fileID,
              let title = text("title"), let source = text("source"), let kind = text("kind"),
              let published = text("published"), let venue = text("venue"), let url = text("url")
        else { return nil }
        var metadata = ArticleFileReader.Metadata()
        metadata.title = title?.trimmingSpaces
        if metadata.title?.isEmpty == true { metadata.title = nil }
        metadata.source = source
        if let kind = kind?.trimmingSpaces, !kind.isEmpty { metadata.kind = ArticleMetadata.Kind(rawValue: kind) }
        if let published, EventDate(parsing: published)?.isSinglePoint != true { return nil }
        metadata.published = published
        metadata.venue = venue
        if let url, !ArticleFileReader.isWebAddress(url) { return nil }
        metadata.url = url
        switch values["sections_editorial"] {
        case nil: break
        case .scalar(let scalar)?:
            guard scalar.plain, let value = YAMLReader.booleans[scalar.text.lowercased()] else { return nil }
            metadata.sectionsEditorial = value
        case .list?: return nil
        }
        // Corrections need the YAML path's checks of each entry; only an empty list is read here.
        switch values["corrections"] {
        case nil: break
        case .list(let items)? where items.isEmpty: break
        default: return nil
        }
        switch values["provenance"] {
        case nil: break
        case .scalar(let scalar)?: metadata.provenance = scalar.text.isEmpty ? [] : [scalar.text]
        case .list(let items)?:
            for item in items {
                guard case .scalar(let scalar) = item else { return nil }
                metadata.provenance.append(scalar.text)
            }
        }
        switch values["authors"] {
        case nil: break
        case .scalar?: return nil
        case .list(let items)?:
            for item in items {
                switch item {
                case .scalar(let scalar):
                    metadata.authors.append(.init(name: scalar.text))
                case .mapping(let entry):
                    guard let name = entry["name"]?.text, !name.trimmingCharacters(in: .whitespaces).isEmpty,
                          entry.keys.allSatisfy({ $0 == "name" || $0 == "affiliation" })
                    else { return nil }
                    let affiliation = entry["affiliation"].flatMap { $0.text.isEmpty ? nil : $0.text }
                    metadata.authors.append(.init(name: name, affiliation: affiliation))
                }
            }
        }
        return metadata
    }

    /// The items of a block list starting at the next line (`- value`, or `- key: value` with
    /// more `key: value` lines under it); nil when the lines are not such a list.
    private static func listItems(_ lines: inout ArraySlice<Substring>) -> [Item]? {
        var items: [Item] = []
        var indent: Int?
        while let line = lines.first {
            if line.allSatisfy({ $0 == " " }) {
                lines.removeFirst()
                continue
            }
            let spaces = line.prefix { $0 == " " }.count
            guard line.dropFirst(spaces).hasPrefix("- ") else {
                // The list ends at the next top-level key; anything else is not this shape.
                if spaces == 0 { break }
                return nil
            }
            guard indent == nil || indent == spaces else { return nil }
            indent = spaces
            lines.removeFirst()
            let rest = line.dropFirst(spaces + 2)
            guard let (key, value) = PlainYAML.keyAndRest(rest, indent: 0) else {
                guard let item = PlainYAML.scalar(rest) else { return nil }
                items.append(.scalar(item))
                continue
            }
            var entry: [String: PlainYAML.Scalar] = [:]
            guard let first = PlainYAML.scalar(value) else { return nil }
            entry[key] = first
            while let next = lines.first, let (key, value) = PlainYAML.keyAndRest(next, indent: spaces + 2) {
                guard entry[key] == nil, let item = PlainYAML.scalar(value) else { return nil }
                entry[key] = item
                lines.removeFirst()
            }
            items.append(.mapping(entry))
        }
        return items.isEmpty ? nil : items
    }
}
