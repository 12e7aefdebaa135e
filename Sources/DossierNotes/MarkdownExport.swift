import DossierCore
import Foundation

extension NotesStore {
    /// Exports annotations as Markdown, grouped by article in document order:
    /// each passage as a block quote, then kind, tags, date and anchor status,
    /// then the note.
    /// - Parameter articleTitle: gives an article's title for its heading; the id
    ///   is used when it returns `nil`.
    public func exportMarkdown(
        collection: String? = nil, article: String? = nil,
        articleTitle: (_ collection: String, _ article: String) -> String? = { _, _ in nil }
    ) throws -> String {
        let annotations = try list(collection: collection, article: article)
        var out = "# Dossier notes\n"
        var current: (String, String)?
        for annotation in annotations {
            if current == nil || current! != (annotation.collection, annotation.article) {
                current = (annotation.collection, annotation.article)
                let title = articleTitle(annotation.collection, annotation.article) ?? annotation.article
                out += "\n## \(title)\n\n_\(annotation.collection) / \(annotation.article)_\n"
            }
            out += "\n" + Self.markdown(annotation)
        }
        if annotations.isEmpty { out += "\nNo annotations.\n" }
        return out
    }

    static func markdown(_ annotation: Annotation) -> String {
        var out = ""
        let quoteLines = annotation.quote.split(separator: "\n", omittingEmptySubsequences: false)
        for line in quoteLines { out += line.isEmpty ? ">\n" : "> \(line)\n" }
        var meta = ["**\(annotation.kind.rawValue.capitalized)**"]
        if !annotation.tags.isEmpty { meta.append(annotation.tags.map { "#\($0)" }.joined(separator: " ")) }
        meta.append(ISODate.string(annotation.created).prefix(10).description)
        if let position = annotation.selectors.position { meta.append("@\(position.start)–\(position.end)") }
        switch annotation.anchorStatus {
        case .exact: break
        case .reanchored: meta.append("re-anchored")
        case .approximate: meta.append("⚠ approximate anchor")
        case .orphaned: meta.append("⚠ orphaned: passage not found")
        }
        out += "\n" + meta.joined(separator: " · ") + "\n"
        let body = annotation.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if !body.isEmpty { out += "\n\(body)\n" }
        out += "\n<!-- urn:uuid:\(AnnotationRows.key(annotation.id)) -->\n"
        return out
    }
}
