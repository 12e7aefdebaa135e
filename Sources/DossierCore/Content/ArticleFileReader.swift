import Foundation
import Yams

/// Reads one article file: sanitises the bytes, splits and validates the front matter.
/// Public for the fuzzer (Fuzz/), which reads one file the way the collection loader does.
public enum ArticleFileReader {
    static let knownKeys: Set<String> = ["id", "title", "authors", "venue", "published", "provenance", "kind",
                                         "source", "sections_editorial", "corrections"]

    /// The article, or nil when the file cannot be used; diagnostics either way.
    public static func read(bytes: [UInt8], file: String, expectedID: String) -> (Article?, [Diagnostic]) {
        let sanitized = TextSanitizer.sanitize(bytes, file: file)
        var diagnostics = sanitized.diagnostics
        let split: FrontMatter.Split
        switch FrontMatter.split(sanitized.text) {
        case .success(let value):
            split = value
        case .failure(.empty):
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, message: "empty file: an article needs front matter and a body"))
            return (nil, diagnostics)
        case .failure(.missing):
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, message: "missing front matter: the file must start with a line '---'"))
            return (nil, diagnostics)
        case .failure(.unclosed):
            diagnostics.append(Diagnostic(file: file, line: 1, column: 1, message: "unclosed front matter: no line '---' ends the YAML opened on line 1"))
            return (nil, diagnostics)
        }
        var yaml = YAMLReader(file: file, lineOffset: split.yamlFirstLine - 1)
        let root = yaml.parse(split.yaml)
        let metadata = root.flatMap { metadataFrom($0, expectedID: expectedID, yaml: &yaml) }
        diagnostics += yaml.diagnostics
        if root == nil && yaml.diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: split.yamlFirstLine, column: 1, message: "empty front matter"))
        }
        guard let metadata else { return (nil, diagnostics) }
        return (Article(metadata: metadata, body: split.body, bodyFirstLine: split.bodyFirstLine, file: file), diagnostics)
    }

    private static func metadataFrom(_ root: Node, expectedID: String, yaml: inout YAMLReader) -> ArticleMetadata? {
        guard let mapping = yaml.mapping(root, "front matter") else { return nil }
        yaml.checkKeys(mapping, known: knownKeys, "front matter")
        let id = yaml.required("id", in: mapping, at: root, "front matter")
        if let id, id != expectedID {
            yaml.report(at: mapping["id"], "id '\(id)' does not match the file name '\(expectedID).md'")
        }
        let title = yaml.required("title", in: mapping, at: root, "front matter")
        let source = yaml.required("source", in: mapping, at: root, "front matter")
        var kind: ArticleMetadata.Kind?
        if let kindText = yaml.required("kind", in: mapping, at: root, "front matter") {
            kind = ArticleMetadata.Kind(rawValue: kindText)
            if kind == nil {
                let allowed = ArticleMetadata.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                yaml.report(at: mapping["kind"], "unknown kind '\(kindText)'; expected one of: \(allowed)")
            }
        }
        var authors: [ArticleMetadata.Author] = []
        if mapping["authors"] == nil {
            yaml.report(at: root, "front matter is missing required key 'authors' (use [] when no author is named)")
        }
        for node in yaml.sequence(mapping["authors"], "'authors'") {
            if let name = node.scalar?.string {
                authors.append(.init(name: name))
            } else if let entry = yaml.mapping(node, "an author") {
                if let name = yaml.required("name", in: entry, at: node, "an author") {
                    authors.append(.init(name: name, affiliation: yaml.optional("affiliation", in: entry)))
                }
            }
        }
        var corrections: [ArticleMetadata.Correction] = []
        for node in yaml.sequence(mapping["corrections"], "'corrections'") {
            guard let entry = yaml.mapping(node, "a correction") else { continue }
            let original = yaml.required("original", in: entry, at: node, "a correction")
            let corrected = entry["corrected"].flatMap { yaml.string($0, "'corrected'") }
            if entry["corrected"] == nil { yaml.report(at: node, "a correction is missing required key 'corrected'") }
            let reason = yaml.required("reason", in: entry, at: node, "a correction")
            if let original, let corrected, let reason {
                corrections.append(.init(original: original, corrected: corrected, reason: reason))
            }
        }
        let published = yaml.optional("published", in: mapping)
        if let published, EventDate(parsing: published)?.isSinglePoint != true {
            yaml.report(at: mapping["published"], "'published' must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(published)'")
        }
        guard let id, let title, let source, let kind else { return nil }
        return ArticleMetadata(id: id, title: title, authors: authors, venue: yaml.optional("venue", in: mapping),
                               published: published, provenance: yaml.strings("provenance", in: mapping), kind: kind,
                               source: source, sectionsEditorial: yaml.bool("sections_editorial", in: mapping) ?? false,
                               corrections: corrections)
    }
}
