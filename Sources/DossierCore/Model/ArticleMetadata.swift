import Foundation
/// What an article's front matter says about it.
public struct ArticleMetadata: Hashable, Sendable, Codable {
    public struct Author: Hashable, Sendable, Codable {
        public var name: String
        public var affiliation: String?
        public init(name: String, affiliation: String? = nil) {
            self.name = name
            self.affiliation = affiliation
        }
    }

    /// One change the editors made to the author's words.
    public struct Correction: Hashable, Sendable, Codable {
        public var original: String
        public var corrected: String
        public var reason: String
        public init(original: String, corrected: String, reason: String) {
            self.original = original
            self.corrected = corrected
            self.reason = reason
        }
    }

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case journalArticle = "journal-article"
        case magazineColumn = "magazine-column"
        case policyPaper = "policy-paper"
        case chronology
        case studentAssignment = "student-assignment"

        /// How the kind reads in running text ("policy paper").
        public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
    }

    public var id: String
    public var title: String
    public var authors: [Author]
    public var venue: String?
    public var published: String?
    public var provenance: [String]
    public var kind: Kind
    public var source: String
    /// Where the original text can be read (an absolute http or https URL), if known.
    public var url: String?
    public var sectionsEditorial: Bool
    public var corrections: [Correction]

    public init(id: String, title: String, authors: [Author] = [], venue: String? = nil, published: String? = nil,
                provenance: [String] = [], kind: Kind, source: String, url: String? = nil, sectionsEditorial: Bool = false,
                corrections: [Correction] = []) {
        self.id = id
        self.title = title
        self.authors = authors
        self.venue = venue
        self.published = published
        self.provenance = provenance
        self.kind = kind
        self.source = source
        self.url = url
        self.sectionsEditorial = sectionsEditorial
        self.corrections = corrections
    }

    /// "Nazir Hussain", "Anonymous" when no author is named.
    public var byline: String {
        authors.isEmpty ? "Anonymous" : authors.map(\.name).joined(separator: ", ")
    }
}
