import ArgumentParser
import DossierCore

/// `dossier search <query>`: every block that holds all the query's words and phrases.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the collection (case- and diacritic-insensitive; \"quoted phrases\").",
        discussion: """
            A block matches when it contains every word and every quoted phrase of the query. \
            Exits 1 when nothing matches, like grep.
            """
    )

    @OptionGroup var content: ContentOptions
    @Argument(help: "Words and \"quoted phrases\" to find.") var query: [String]
    @Option(help: "Search only this article.") var article: String?
    @Flag(help: "Print JSON (see README: JSON output).") var json = false

    func run() throws {
        guard let parsed = SearchQuery(query.joined(separator: " ")) else {
            throw ValidationError("The query is empty.")
        }
        let collection = try content.load().collection
        let articles = try article.map { [try content.article($0, in: collection)] } ?? collection.articles
        var hits: [SearchHit] = []
        for article in articles {
            hits += TextSearch.search(parsed, in: article.read().document, article: article.id)
        }
        if json {
            try JSONOutput.print(hits)
        } else {
            let styled = Console.stylesAllowed
            var lastHeading = ""
            for hit in hits {
                let heading = "\(hit.article) › \(hit.sectionTitle.isEmpty ? "(opening)" : hit.sectionTitle)  #\(hit.sectionID)"
                if heading != lastHeading {
                    Console.write(styled: [Console.StyledText(text: heading, sgr: styled ? "1" : ""), Console.StyledText(text: "\n", sgr: "")])
                    lastHeading = heading
                }
                let context = styled ? highlight(hit.context, terms: parsed.terms) : [Console.StyledText(text: hit.context, sgr: "")]
                Console.write(styled: [Console.StyledText(text: "  ", sgr: "")] + context + [Console.StyledText(text: "\n", sgr: "")])
            }
        }
        if hits.isEmpty {
            Console.printError("No matches for \(query.joined(separator: " ")).")
            throw ExitCode(1)
        } else if !json {
            Console.printError("\(hits.count) matches in \(Set(hits.map(\.article)).count) articles")
        }
    }

    /// The context line in pieces, each term's occurrences reversed and bold (terminal output only).
    private func highlight(_ context: String, terms: [String]) -> [Console.StyledText] {
        let folded = FoldedText(context)
        var ranges: [TextRange] = []
        for term in terms { ranges += folded.ranges(of: FoldedText.key(term)) }
        ranges.sort { $0.start < $1.start }
        let scalars = Array(context.unicodeScalars)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var pieces: [Console.StyledText] = []
        var position = 0
        for range in ranges where range.start >= position {
            pieces.append(Console.StyledText(text: text(position..<range.start), sgr: ""))
            pieces.append(Console.StyledText(text: text(range.start..<range.end), sgr: "1;7"))
            position = range.end
        }
        pieces.append(Console.StyledText(text: text(position..<scalars.count), sgr: ""))
        return pieces
    }
}
