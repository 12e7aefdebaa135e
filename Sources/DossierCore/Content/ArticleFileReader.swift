import Foundation
import Yams

/// Reads one article file: sanitises the bytes, splits off the front matter when there is one,
/// and fills in what it does not say (Content/README.md, "Articles").
///
/// Only the text is required. The id is always the file name, so that events citing the file
/// resolve even when the front matter says otherwise (that is reported at its line); the title
/// falls back to the text's first heading or line (`TitleFromText`). Public for the fuzzer
/// (Fuzz/), which reads one file's bytes the way the collection loader does.
public enum ArticleFileReader {
    static let knownKeys: Set<String> = ["id", "title", "authors", "venue", "published", "provenance", "kind",
                                         "source", "url", "sections_editorial", "corrections"]

    /// How the file's text is written, from its extension.
    public enum Format: Sendable {
        case markdown
        /// `.txt`: paragraphs separated by blank lines, no markup (`PlainTextMarkup`).
        case plainText
    }

    /// The article, or nil when the file cannot be used; diagnostics either way.
    public static func read(bytes: [UInt8], file: String, id: String, format: Format) -> (Article?, [Diagnostic]) {
        let sanitized = TextSanitizer.sanitize(bytes, file: file)
        var diagnostics = sanitized.diagnostics
        var body = sanitized.text
        var bodyFirstLine = 1
        var metadata = Metadata()
        if body.allSatisfy(\.isWhitespace) {
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, message: "empty file: an article needs some text"))
            return (nil, diagnostics)
        }
        switch FrontMatter.split(sanitized.text) {
        case .success(let split):
            let (read, problems) = frontMatter(split, file: file, fileID: id)
            diagnostics += problems
            guard let read else { return (nil, diagnostics) }
            metadata = read
            body = split.body
            bodyFirstLine = split.bodyFirstLine
        case .failure(.unclosed):
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, message: "unclosed front matter: no line '---' ends the YAML opened on line 1"))
            return (nil, diagnostics)
        case .failure(.missing), .failure(.empty):
            break
        }
        if metadata.title == nil {
            if let found = TitleFromText.find(in: body) {
                metadata.title = found.title
                if found.consumedLines > 0 {
                    body = body.split(separator: "\n", omittingEmptySubsequences: false)
                        .dropFirst(found.consumedLines).joined(separator: "\n")
                    bodyFirstLine += found.consumedLines
                }
            } else {
                metadata.title = id
            }
        }
        if format == .plainText { body = PlainTextMarkup.markdown(from: body) }
        let article = ArticleMetadata(id: id, title: metadata.title ?? id, authors: metadata.authors, venue: metadata.venue,
                                      published: metadata.published, provenance: metadata.provenance, kind: metadata.kind,
                                      source: metadata.source, url: metadata.url, sectionsEditorial: metadata.sectionsEditorial,
                                      corrections: metadata.corrections)
        return (Article(metadata: article, body: body, bodyFirstLine: bodyFirstLine, file: file), diagnostics)
    }

    /// What the front matter says, and its problems; nil when it is not a mapping. The common
    /// shape is read without a YAML parser (``PlainFrontMatter``, identical metadata); anything
    /// else, and anything with a problem to report, is read by Yams.
    static func frontMatter(_ split: FrontMatter.Split, file: String, fileID: String) -> (Metadata?, [Diagnostic]) {
        if let plain = PlainFrontMatter.metadata(split.yaml, fileID: fileID) { return (plain, []) }
        return yamlFrontMatter(split, file: file, fileID: fileID)
    }

    /// The front matter read by Yams, every problem reported at its line and column.
    static func yamlFrontMatter(_ split: FrontMatter.Split, file: String, fileID: String) -> (Metadata?, [Diagnostic]) {
        var yaml = YAMLReader(file: file, lineOffset: split.yamlFirstLine - 1)
        let root = yaml.parse(split.yaml)
        let read = root.flatMap { metadataFrom($0, fileID: fileID, yaml: &yaml) }
        var diagnostics = yaml.diagnostics
        if root == nil && yaml.diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: split.yamlFirstLine, column: 1, message: "empty front matter"))
        }
        return (read, diagnostics)
    }

    /// What the front matter says; every field may be missing.
    struct Metadata: Equatable {
        var title: String?
        var authors: [ArticleMetadata.Author] = []
        var venue: String?
        var published: String?
        var provenance: [String] = []
        var kind: ArticleMetadata.Kind?
        var source: String?
        var url: String?
        var sectionsEditorial = false
        var corrections: [ArticleMetadata.Correction] = []
    }

    /// nil when the front matter is not a mapping (the article cannot be trusted to load).
    private static func metadataFrom(_ root: Node, fileID: String, yaml: inout YAMLReader) -> Metadata? {
        guard let mapping = yaml.mapping(root, "front matter") else { return nil }
        yaml.checkKeys(mapping, known: knownKeys, "front matter")
        var metadata = Metadata()
        if let id = yaml.optional("id", in: mapping), id != fileID {
            yaml.report(at: mapping["id"], Identifier.isKebabCase(id)
                ? "id '\(id)' does not match the file name; the article's id is '\(fileID)' (rename the file or remove 'id')"
                : Identifier.problem(id, "article") + "; the article's id is the file name, '\(fileID)'")
        }
        metadata.title = yaml.optional("title", in: mapping)?.trimmingSpaces
        if metadata.title?.isEmpty == true { metadata.title = nil }
        metadata.source = yaml.optional("source", in: mapping)
        if let kind = yaml.optional("kind", in: mapping)?.trimmingSpaces, !kind.isEmpty {
            metadata.kind = ArticleMetadata.Kind(rawValue: kind)
        }
        for node in yaml.sequence(mapping["authors"], "'authors'") {
            if let name = node.scalar?.string {
                metadata.authors.append(.init(name: name))
            } else if let entry = yaml.mapping(node, "an author") {
                if let name = yaml.required("name", in: entry, at: node, "an author") {
                    metadata.authors.append(.init(name: name, affiliation: yaml.optional("affiliation", in: entry)))
                }
            }
        }
        for node in yaml.sequence(mapping["corrections"], "'corrections'") {
            guard let entry = yaml.mapping(node, "a correction") else { continue }
            let original = yaml.required("original", in: entry, at: node, "a correction")
            let corrected = entry["corrected"].flatMap { yaml.string($0, "'corrected'") }
            if entry["corrected"] == nil { yaml.report(at: node, "a correction is missing required key 'corrected'") }
            let reason = yaml.required("reason", in: entry, at: node, "a correction")
            if let original, let corrected, let reason {
                metadata.corrections.append(.init(original: original, corrected: corrected, reason: reason))
            }
        }
        metadata.published = yaml.optional("published", in: mapping)
        if let published = metadata.published, EventDate(parsing: published)?.isSinglePoint != true {
            yaml.report(at: mapping["published"], "'published' must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(published)'")
        }
        metadata.venue = yaml.optional("venue", in: mapping)
        metadata.provenance = yaml.strings("provenance", in: mapping)
        metadata.sectionsEditorial = yaml.bool("sections_editorial", in: mapping) ?? false
        metadata.url = yaml.optional("url", in: mapping)
        if let text = metadata.url, !isWebAddress(text) {
            yaml.report(at: mapping["url"], "'url' must be an absolute http or https URL, not '\(text)'")
            metadata.url = nil
        }
        return metadata
    }

    /// An absolute http(s) URL with a host: what `url` must be so that others can resolve it.
    static func isWebAddress(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              let host = components.host, !host.isEmpty
        else { return false }
        return scheme == "http" || scheme == "https"
    }
}
