import ArgumentParser
import DossierCore
import DossierIndex

/// `dossier articles`: the collection's articles with their authors, sections and word counts.
struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles: id, title, authors, sections, words."
    )

    @OptionGroup var content: ContentOptions
    @Flag(help: "Print JSON (see README: JSON output).") var json = false

    /// One article in `--json` (README: JSON output): every key present, `null` when the
    /// front matter does not say.
    struct Entry: Encodable {
        var id: String
        var title: String
        var authors: [Author]
        var kind: String?
        var venue: String?
        var published: String?
        var sections: Int
        var words: Int
        var footnotes: Int

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(authors, forKey: .authors)
            try container.encode(kind, forKey: .kind)
            try container.encode(venue, forKey: .venue)
            try container.encode(published, forKey: .published)
            try container.encode(sections, forKey: .sections)
            try container.encode(words, forKey: .words)
            try container.encode(footnotes, forKey: .footnotes)
        }

        enum CodingKeys: String, CodingKey {
            case id, title, authors, kind, venue, published, sections, words, footnotes
        }
    }

    /// An author in `--json`: `affiliation` is `null` when not given.
    struct Author: Encodable {
        var author: ArticleMetadata.Author

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(author.name, forKey: .name)
            try container.encode(author.affiliation, forKey: .affiliation)
        }

        enum CodingKeys: String, CodingKey {
            case name, affiliation
        }
    }

    func run() throws {
        let collection = try content.loadIndexed().collection
        let entries = collection.articles.map { article -> Entry in
            Entry(id: article.id, title: article.metadata.title, authors: article.metadata.authors.map { Author(author: $0) },
                  kind: article.metadata.kind?.rawValue, venue: article.metadata.venue,
                  published: article.metadata.published,
                  sections: article.sectionCount, words: article.wordCount, footnotes: article.footnoteCount)
        }
        if json {
            try JSONOutput.print(entries)
            return
        }
        let idWidth = max(2, entries.map(\.id.count).max() ?? 2)
        for entry in entries {
            let counts = "\(Count.phrase(entry.sections, "section")), \(Count.phrase(entry.words, "word"))"
            print("\(entry.id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(entry.title)")
            let details = [ArticleMetadata.byline(of: entry.authors.map(\.author)), entry.kind.map { ArticleMetadata.Kind(rawValue: $0).label }, counts]
            print("\(String(repeating: " ", count: idWidth))  \(details.compactMap { $0 }.joined(separator: " · "))")
        }
    }
}
