import DossierCore
import Foundation
import GRDB

/// An article's front matter as columns of `article_file`. Columns, not one JSON document:
/// decoding a thousand JSON documents cost more than the rest of an unchanged refresh.
enum MetadataColumns {
    static let names = "id, title, authors, venue, published, provenance, kind, source, url, sections_editorial, corrections, lists_json"
    static let placeholders = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
    /// Sanitised text holds no C0 control character, so these separate list items safely.
    private static let item = "\u{1F}"
    private static let field = "\u{1E}"

    static func arguments(_ metadata: ArticleMetadata?) throws -> StatementArguments {
        guard let metadata else { return StatementArguments(Array(repeating: nil as String?, count: 12)) }
        let corrections = metadata.corrections.isEmpty
            ? nil : String(decoding: try JSONEncoder().encode(metadata.corrections), as: UTF8.self)
        // YAML escapes ("\x1f") can put a separator into a value: such an article keeps its lists as JSON.
        let texts = metadata.authors.flatMap { [$0.name, $0.affiliation ?? ""] } + metadata.provenance
        if texts.contains(where: { $0.contains(item) || $0.contains(field) }) {
            let encoder = JSONEncoder()
            return [metadata.id, metadata.title, String(decoding: try encoder.encode(metadata.authors), as: UTF8.self),
                    metadata.venue, metadata.published, String(decoding: try encoder.encode(metadata.provenance), as: UTF8.self),
                    metadata.kind?.rawValue, metadata.source, metadata.url, metadata.sectionsEditorial, corrections, true]
        }
        let authors = metadata.authors.map { $0.name + ($0.affiliation.map { field + $0 } ?? "") }.joined(separator: item)
        return [metadata.id, metadata.title, authors, metadata.venue, metadata.published,
                metadata.provenance.joined(separator: item), metadata.kind?.rawValue, metadata.source, metadata.url,
                metadata.sectionsEditorial, corrections, false]
    }

    /// The metadata stored in `row`, nil for a file that is not a usable article.
    static func metadata(_ row: Row) throws -> ArticleMetadata? {
        guard let id: String = row["id"] else { return nil }
        let kind = (row["kind"] as String?).map(ArticleMetadata.Kind.init(rawValue:))
        var authors: [ArticleMetadata.Author]
        var provenance: [String]
        if row["lists_json"] as Bool {
            authors = try JSONDecoder().decode([ArticleMetadata.Author].self, from: Data((row["authors"] as String).utf8))
            provenance = try JSONDecoder().decode([String].self, from: Data((row["provenance"] as String).utf8))
        } else {
            authors = split(row["authors"]).map { entry in
                let parts = entry.components(separatedBy: field)
                return ArticleMetadata.Author(name: parts[0], affiliation: parts.count > 1 ? parts[1] : nil)
            }
            provenance = split(row["provenance"])
        }
        let corrections: String? = row["corrections"]
        return ArticleMetadata(
            id: id, title: row["title"], authors: authors, venue: row["venue"], published: row["published"],
            provenance: provenance, kind: kind, source: row["source"], url: row["url"],
            sectionsEditorial: row["sections_editorial"],
            corrections: try corrections.map { try JSONDecoder().decode([ArticleMetadata.Correction].self, from: Data($0.utf8)) } ?? [])
    }

    private static func split(_ joined: String?) -> [String] {
        guard let joined, !joined.isEmpty else { return [] }
        return joined.components(separatedBy: item)
    }
}
