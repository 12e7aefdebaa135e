import ArgumentParser
import DossierCore
import Foundation

/// `dossier suggest-events [ARTICLE…] [-o FILE]`: draft `events.yaml` entries for the dates no event tells yet.
struct SuggestEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest-events",
        abstract: "Draft events.yaml entries for the dates in the articles that no event tells yet.",
        discussion: """
            Each entry has an id, a title drawn from the date's sentence, the date in the events \
            syntax, the entities the sentence names and a mention quoting the sentence exactly, so \
            that `dossier check` accepts the entries as they are: paste them under `events:` in \
            events.yaml. Dates in headings, footnotes, citations and reference lists, decades, \
            centuries and long spans are left out, as are sentences listing many dates. The same \
            date with the same entities in several articles is one event.
            """
    )

    @OptionGroup var content: ContentOptions
    @Argument(help: ArgumentHelp("Only these articles (default: all).", valueName: "article")) var articles: [String] = []
    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this new file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        if let output, FileManager.default.fileExists(atPath: output) {
            throw ValidationError("\(output) already exists; name a new file (suggest-events never overwrites one).")
        }
        let (collection, timeline) = try content.loadTimeline()
        for id in articles { _ = try content.article(id, in: collection) }
        let suggestions = EventSuggester.suggest(collection: collection, timeline: timeline, articleIDs: articles)
        let mentions = suggestions.reduce(0) { $0 + $1.tellings.count }
        let summary = "\(Count.phrase(suggestions.count, "event")) for \(Count.phrase(mentions, "date")) that no event tells yet"
        guard !suggestions.isEmpty else {
            Console.printError("No suggestions: every date of the running text is told by an event, excused, or left out as background.")
            return
        }
        let text = "# Drafted by `dossier suggest-events`: \(summary).\n"
            + "# Paste under `events:` in events.yaml; edit titles and summaries as you like.\n"
            + suggestions.map(\.yaml).joined()
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .withoutOverwriting)
            } catch {
                throw ValidationError("Cannot write \(output): \(error.localizedDescription)")
            }
            Console.printError("Wrote \(summary) to \(output).")
        } else {
            print(text, terminator: "")
            Console.printError(summary.prefix(1).uppercased() + summary.dropFirst() + ".")
        }
    }
}
