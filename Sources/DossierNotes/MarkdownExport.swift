import DossierCore
import Foundation

extension NotesStore {
    /// Exports annotations as Markdown, grouped by article in document order: each
    /// article named with its reference, each passage as a block quote followed by its
    /// section, kind, tags, date and anchor status, then the note with its `[[…]]` links
    /// in words.
    /// - Parameter sources: the collection the notes belong to. Without it (none found),
    ///   or for notes of another collection, articles are named by id, passages by
    ///   offsets, and links stay as written.
    public func exportMarkdown(collection: String? = nil, article: String? = nil, sources: SourceReferences? = nil) throws -> String {
        let annotations = try list(collection: collection, article: article)
        var out = "# Dossier notes\n"
        var current: (String, String)?
        for annotation in annotations {
            let known = sources.flatMap { $0.collectionKey == annotation.collection ? $0 : nil }
            if current == nil || current! != (annotation.collection, annotation.article) {
                current = (annotation.collection, annotation.article)
                if let citation = known?.citation(article: annotation.article) {
                    out += "\n## \(citation.title)\n\n\(citation.reference)\n"
                } else {
                    out += "\n## \(annotation.article)\n\n_\(annotation.collection) / \(annotation.article)_\n"
                }
            }
            out += "\n" + Self.markdown(annotation, sources: known)
        }
        if annotations.isEmpty { out += "\nNo annotations.\n" }
        return out
    }

    /// One annotation: the passage quoted (with `attribution` under it when given), a
    /// line of facts (kind, section or offsets, tags, date, anchor status), the note with
    /// readable links, and its id in a comment.
    static func markdown(_ annotation: Annotation, sources: SourceReferences?, attribution: String? = nil) -> String {
        var out = ""
        let quoteLines = TerminalSafeText.cleaned(annotation.quote, allowing: .lineFeed).split(separator: "\n", omittingEmptySubsequences: false)
        for line in quoteLines { out += line.isEmpty ? ">\n" : "> \(line)\n" }
        if let attribution { out += ">\n> — \(attribution)\n" }
        var meta = ["**\(annotation.kind.rawValue.capitalized)**"]
        if sources == nil, let position = annotation.selectors.position {
            meta.append("@\(position.start)–\(position.end)")
        } else if attribution == nil, let section = sources?.citation(of: annotation)?.section {
            // (An attribution under the quote names the section already.)
            meta.append("§ \(section)")
        }
        if !annotation.tags.isEmpty { meta.append(TerminalSafeText.cleaned(annotation.tags.map { "#\($0)" }.joined(separator: " "), allowing: .lineFeed)) }
        meta.append(ISODate.string(annotation.created).prefix(10).description)
        switch annotation.anchorStatus {
        case .exact: break
        case .reanchored: meta.append("re-anchored")
        case .approximate: meta.append("⚠ approximate anchor")
        case .orphaned: meta.append("⚠ orphaned: passage not found")
        }
        out += "\n" + meta.joined(separator: " · ") + "\n"
        let body = TerminalSafeText.cleaned(annotation.body.trimmingCharacters(in: .whitespacesAndNewlines), allowing: .lineFeed)
        if !body.isEmpty { out += "\n\(sources?.readable(body) ?? body)\n" }
        out += "\n<!-- urn:uuid:\(AnnotationRows.key(annotation.id)) -->\n"
        return out
    }
}
