import DossierCore
import Foundation
import GRDB

/// An article's front matter as columns of `article_file`. Columns, not one JSON document:
/// decoding a thousand JSON documents cost more than the rest of an unchanged refresh.
enum MetadataColumns {
    static let names = "id, title, authors, venue, published, provenance, kind, source, url, sections_editorial, corrections, lists_json"
    static let placeholders = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
    /// Sanitised text holds no C0 control character, so these separate list items safely.
    private static let item: Character = "\u{1F}"
    private static let field: Character = "\u{1E}"
    /// The same separators as the one UTF-8 byte each is: lists are split on bytes.
    private static let itemByte = item.asciiValue!
    private static let fieldByte = field.asciiValue!

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
        let authors = metadata.authors.map { $0.name + ($0.affiliation.map { String(field) + $0 } ?? "") }.joined(separator: String(item))
        return [metadata.id, metadata.title, authors, metadata.venue, metadata.published,
                metadata.provenance.joined(separator: String(item)), metadata.kind?.rawValue, metadata.source, metadata.url,
                metadata.sectionsEditorial, corrections, false]
    }

    /// The metadata stored in `row`, whose columns from `first` on are ``names`` in order; nil
    /// for a file that is not a usable article. Columns are read by position: GRDB finds a
    /// column by name with a case-insensitive comparison, a tenth of a thousand-row read.
    static func metadata(_ row: Row, from first: Int) throws -> ArticleMetadata? {
        guard let id: String = row[first] else { return nil }
        let kind = (row[first + 6] as String?).map(ArticleMetadata.Kind.init(rawValue:))
        var authors: [ArticleMetadata.Author]
        var provenance: [String]
        if row[first + 11] as Bool {
            authors = try JSONDecoder().decode([ArticleMetadata.Author].self, from: Data((row[first + 2] as String).utf8))
            provenance = try JSONDecoder().decode([String].self, from: Data((row[first + 5] as String).utf8))
        } else {
            authors = split(row[first + 2]).map { entry in
                let parts = entry.utf8.split(separator: fieldByte, maxSplits: 1, omittingEmptySubsequences: false)
                return ArticleMetadata.Author(name: String(Substring(parts[0])),
                                              affiliation: parts.count > 1 ? String(Substring(parts[1])) : nil)
            }
            provenance = split(row[first + 5])
        }
        let corrections: String? = row[first + 10]
        return ArticleMetadata(
            id: id, title: row[first + 1], authors: authors, venue: row[first + 3], published: row[first + 4],
            provenance: provenance, kind: kind, source: row[first + 7], url: row[first + 8],
            sectionsEditorial: row[first + 9],
            corrections: try corrections.map { try JSONDecoder().decode([ArticleMetadata.Correction].self, from: Data($0.utf8)) } ?? [])
    }

    private static func split(_ joined: String?) -> [String] {
        guard let joined, !joined.isEmpty else { return [] }
        // Split on the separator's byte: Foundation's `components(separatedBy:)` was a tenth of
        // an unchanged refresh, and splitting by Character a third of reading a thousand rows
        // for a first frame. A control character is a grapheme of its own (it never joins the
        // scalar before or after it), so the byte split gives the same items.
        return joined.utf8.split(separator: itemByte, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}
