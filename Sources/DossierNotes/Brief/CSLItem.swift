import DossierCore
import Foundation

/// An article as a CSL-JSON item, the bibliography format Pandoc (`--citeproc`),
/// Zotero and most reference managers read.
struct CSLItem: Codable, Hashable, Sendable {
    struct Name: Codable, Hashable, Sendable {
        var family: String
        var given: String?
    }

    struct DateParts: Codable, Hashable, Sendable {
        var dateParts: [[Int]]
        enum CodingKeys: String, CodingKey { case dateParts = "date-parts" }
    }

    var id: String
    var type: String
    var title: String
    var author: [Name]?
    var containerTitle: String?
    var issued: DateParts?
    var genre: String?

    enum CodingKeys: String, CodingKey {
        case id, type, title, author, issued, genre
        case containerTitle = "container-title"
    }

    init(_ citation: Citation) {
        id = citation.article
        type = Self.type(of: citation.kind)
        title = citation.title
        author = citation.authors.isEmpty ? nil : citation.authors.map {
            let parts = Citation.nameParts($0)
            return Name(family: parts.family, given: parts.given)
        }
        containerTitle = citation.venue
        // `2020-10-27` → [2020, 10, 27]; `2013` → [2013].
        let parts = (citation.published ?? "").split(separator: "-").compactMap { Int($0) }
        issued = parts.isEmpty ? nil : DateParts(dateParts: [parts])
        genre = citation.kind?.label
    }

    /// The CSL type closest to each kind of article.
    /// Kinds are free text: the bundled ones map to their CSL types, any other is an "article".
    private static func type(of kind: ArticleMetadata.Kind?) -> String {
        switch kind?.rawValue {
        case "journal-article": return "article-journal"
        case "magazine-column": return "article-magazine"
        case "policy-paper": return "report"
        case "chronology": return "document"
        case "student-assignment": return "manuscript"
        default: return "article"
        }
    }

    /// `items` as a pretty CSL-JSON array, keys sorted.
    static func json(_ items: [CSLItem]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(items)
    }
}
