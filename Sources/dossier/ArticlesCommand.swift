import ArgumentParser
import DossierCore

/// `dossier articles`: the collection's articles with their authors, sections and word counts.
struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles: id, title, authors, sections, words."
    )

    @OptionGroup var content: ContentOptions
    @Flag(help: "Print JSON (see README: JSON output).") var json = false

    struct Entry: Encodable {
        var id: String
        var title: String
        var authors: [ArticleMetadata.Author]
        var kind: String
        var venue: String?
        var published: String?
        var sections: Int
        var words: Int
        var footnotes: Int
    }

    func run() throws {
        let collection = try content.load().collection
        let entries = collection.articles.map { article -> Entry in
            let document = article.read().document
            return Entry(id: article.id, title: article.metadata.title, authors: article.metadata.authors,
                         kind: article.metadata.kind.rawValue, venue: article.metadata.venue,
                         published: article.metadata.published,
                         sections: document.sections.filter { $0.level > 0 }.count,
                         words: document.wordCount, footnotes: document.footnotes.count)
        }
        if json {
            try JSONOutput.print(entries)
            return
        }
        let idWidth = max(2, entries.map(\.id.count).max() ?? 2)
        for entry in entries {
            let counts = "\(Count.phrase(entry.sections, "section")), \(Count.phrase(entry.words, "word"))"
            print("\(entry.id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(entry.title)")
            print("\(String(repeating: " ", count: idWidth))  " + ([ArticleMetadata.byline(of: entry.authors), entry.kind.replacingOccurrences(of: "-", with: " "), counts]
                .compactMap { $0 }.joined(separator: " · ")))
        }
    }
}
