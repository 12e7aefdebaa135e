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
        var corrected: String
        public var reason: String
        init(original: String, corrected: String, reason: String) {
            self.original = original
            self.corrected = corrected
            self.reason = reason
        }
    }

    /// What sort of text an article is: free text (`encyclopedia-article`, `letter`, …). The kinds of
    /// the bundled collection are known and read with spaces ("policy paper"); any other kind is
    /// shown as written.
    public struct Kind: RawRepresentable, Hashable, Sendable, Codable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The kinds of the bundled collection.
        static let known: Set<String> = ["journal-article", "magazine-column", "policy-paper", "chronology", "student-assignment"]

        /// How the kind reads in running text ("policy paper"; an unknown kind as written).
        public var label: String {
            Kind.known.contains(rawValue) ? rawValue.replacingOccurrences(of: "-", with: " ") : rawValue
        }

        public init(from decoder: Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }

    public var id: String
    public var title: String
    public var authors: [Author]
    public var venue: String?
    public var published: String?
    public var provenance: [String]
    /// nil when the front matter names none.
    public var kind: Kind?
    /// Where the text came from: a file name, a URL or a citation; nil when not given.
    public var source: String?
    /// Where the original text can be read (an absolute http or https URL), if known.
    public var url: String?
    public var sectionsEditorial: Bool
    public var corrections: [Correction]

    public init(id: String, title: String, authors: [Author] = [], venue: String? = nil, published: String? = nil,
                provenance: [String] = [], kind: Kind? = nil, source: String? = nil, url: String? = nil, sectionsEditorial: Bool = false,
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

    /// "Nazir Hussain, Ali Khan"; nil when no author is named (nothing is shown then, not "Anonymous").
    public var byline: String? { Self.byline(of: authors) }

    /// The names of `authors` joined by commas; nil for none.
    public static func byline(of authors: [Author]) -> String? {
        authors.isEmpty ? nil : authors.map(\.name).joined(separator: ", ")
    }
}
