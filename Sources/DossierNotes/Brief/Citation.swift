import DossierCore

/// How a writer cites an article of the collection — author, title, venue, year and,
/// for a passage, its section — so a reader can find the passage without Dossier.
///
/// ```swift
/// let citation = Citation(hussain.metadata, section: "The Cold War Years")
/// citation.inline     // Nazir Hussain, “Pak-Russia Relations: …”, *Journal of Political Studies, vol. 19, no. 1*, 2012, § The Cold War Years
/// citation.reference  // Hussain, Nazir. 2012. “Pak-Russia Relations: …” *Journal of Political Studies, vol. 19, no. 1*.
/// ```
public struct Citation: Hashable, Sendable {
    /// The article's id in the collection.
    var article: String
    /// Authors' names as written ("Nazir Hussain"); empty for an unsigned article.
    var authors: [String]
    var title: String
    /// The journal or magazine, if the article names one.
    var venue: String?
    /// The year of publication (from `published`), if known.
    var year: Int?
    /// The date of publication as `published` gives it (`2020-10-27`, `2013`).
    var published: String?
    var kind: ArticleMetadata.Kind?
    /// The section holding the cited passage, if any.
    var section: String?

    public init(_ metadata: ArticleMetadata, section: String? = nil) {
        article = metadata.id
        authors = metadata.authors.map(\.name)
        title = metadata.title
        venue = metadata.venue
        published = metadata.published
        year = metadata.published.flatMap { Int($0.prefix(4)) }
        kind = metadata.kind
        self.section = section
    }

    /// One line for running text: author, “title”, *venue*, year, § section (what is
    /// unknown is left out; an unsigned article starts with its title).
    public var inline: String {
        var parts: [String] = []
        if !authors.isEmpty { parts.append(Self.list(authors)) }
        parts.append("“\(title)”")
        if let venue { parts.append("*\(venue)*") }
        if let year { parts.append(String(year)) }
        if let section { parts.append("§ \(section)") }
        return parts.joined(separator: ", ")
    }

    /// The entry of a reference list (author-date, no section): the first author
    /// family name first; an unsigned article starts with its title; an article without a
    /// venue says what kind of text it is.
    var reference: String {
        let date = year.map { "\($0)." } ?? "n.d."
        let kindLabel = kind.map { $0.label.prefix(1).uppercased() + $0.label.dropFirst() }
        let place = (venue.map { "*\($0)*" } ?? kindLabel).map { " \($0)." } ?? ""
        let titled = title.last.map { ".?!".contains($0) } == true ? "“\(title)”" : "“\(title).”"
        guard let first = authors.first else { return "\(titled) \(date)\(place)" }
        let names = [Self.invertedName(first)] + authors.dropFirst()
        return "\(Self.list(names)). \(date) \(titled)\(place)"
    }

    /// "Nazir Hussain" → family "Hussain", given "Nazir" (the last word is the family name).
    static func nameParts(_ name: String) -> (family: String, given: String?) {
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last else { return (name, nil) }
        return (String(last), words.dropLast().joined(separator: " "))
    }

    private static func invertedName(_ name: String) -> String {
        let parts = nameParts(name)
        return parts.given.map { "\(parts.family), \($0)" } ?? parts.family
    }

    private static func list(_ names: [String]) -> String {
        names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
