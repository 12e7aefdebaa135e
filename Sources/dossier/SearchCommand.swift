import ArgumentParser
import DossierCore
import DossierIndex

/// `dossier search <query>`: every block that holds all the query's words and phrases.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the collection (case- and diacritic-insensitive; \"quoted phrases\").",
        discussion: """
            A block matches when it contains every word and every quoted phrase of the query, as whole \
            words (U-2 finds U2 and U-2, never Tu-22M3; steel* finds steelworks). \
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
        let refreshed = try content.loadIndexed()
        if let article { _ = try content.article(article, in: refreshed.collection) }
        let hits = try refreshed.index.search(parsed, in: refreshed.collection, article: article)
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
                let context = styled ? highlight(hit.context, terms: parsed.searchTerms) : [Console.StyledText(text: hit.context, sgr: "")]
                Console.write(styled: [Console.StyledText(text: "  ", sgr: "")] + context + [Console.StyledText(text: "\n", sgr: "")])
            }
        }
        if hits.isEmpty {
            Console.printError("No matches for \(query.joined(separator: " ")).")
            throw ExitCode(1)
        } else if !json {
            Console.printError("\(Count.phrase(hits.count, "match")) in \(Count.phrase(Set(hits.map(\.article)).count, "article"))")
        }
    }

    /// The context line in pieces, each term's occurrences reversed and bold (terminal output only).
    private func highlight(_ context: String, terms: [SearchTerm]) -> [Console.StyledText] {
        let words = SearchWords(context).words
        var ranges = terms.flatMap { $0.ranges(in: words) }
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
