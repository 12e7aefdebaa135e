import ArgumentParser
import DossierCore
import Foundation

/// `dossier event <id-or-title>`: one event with every article's telling, its conflicts and related events.
struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Show an event: its tellings (quoted, with article and section), conflicts and related events.",
        discussion: "Related events are ranked by a score: links, shared passages, dates and entities (see README)."
    )

    @OptionGroup var content: ContentOptions
    @Argument(help: ArgumentHelp("The event id (see `dossier timeline`) or its exact title, in any case.", valueName: "id")) var id: String
    @Option(help: "How many related events to show.") var related = 8
    @Flag(help: "Print JSON (see README: JSON output).") var json = false

    func run() throws {
        let (collection, timeline) = try content.loadTimeline()
        let event = try Self.resolve(id, in: timeline)
        let titles = Dictionary(collection.articles.map { ($0.id, $0.metadata.title) }, uniquingKeysWith: { first, _ in first })
        let detail = TimelineJSON.EventDetail(event, in: timeline, articleTitles: titles, relatedLimit: related)
        if json {
            try JSONOutput.print(detail)
            return
        }
        print("\(event.title)")
        print("\(event.date.display) · \(event.id)" + (detail.era.map { " · \($0.title)" } ?? ""))
        if !event.summary.isEmpty { print(event.summary) }
        if !detail.entities.isEmpty { print("Entities: \(detail.entities.map(\.name).joined(separator: ", "))") }
        if !event.tags.isEmpty { print("Tags: \(event.tags.joined(separator: ", "))") }

        print("\nTellings (\(detail.tellings.count))")
        for telling in detail.tellings {
            let place = [telling.articleTitle ?? telling.article, telling.sectionTitle].compactMap { $0 }.joined(separator: " › ")
            print("  \(telling.article) — \(place)" + (telling.dateAsTold.map { " · date as told: \($0)" } ?? ""))
            print("    “\(telling.quote)”" + (telling.range == nil ? "  (does not resolve: run `dossier check`)" : ""))
        }
        if !detail.conflicts.isEmpty {
            print("\nConflicts (\(detail.conflicts.count))")
            for conflict in detail.conflicts {
                print("  ! \(conflict.about): \(conflict.note)")
                for telling in conflict.tellings { print("      \(telling.article): \(telling.says)") }
            }
        }
        if !detail.related.isEmpty {
            print("\nRelated")
            let kindWidth = detail.related.map(\.kind.count).max() ?? 0
            for item in detail.related {
                let kind = item.kind.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
                print("  \(kind)  \(String(format: "%4.2f", item.score))  \(item.date.display) · \(item.title)  \(item.id)")
            }
        }
        print("")
        if let previous = detail.previous { print("Before: \(previous.date.display) · \(previous.title)  \(previous.id)") }
        if let next = detail.next { print("After:  \(next.date.display) · \(next.title)  \(next.id)") }
    }

    /// The event `idOrTitle` names — by id, else by its whole title (case and diacritics
    /// ignored) — or an error naming the close ones.
    static func resolve(_ idOrTitle: String, in timeline: Timeline) throws -> Event {
        if let event = timeline.event(withID: idOrTitle) { return event }
        let title = FoldedText.string(idOrTitle.trimmingCharacters(in: .whitespaces))
        let titled = timeline.events.filter { FoldedText.string($0.title) == title }
        if titled.count == 1 { return titled[0] }
        let candidates = titled.isEmpty ? timeline.eventSuggestions(for: idOrTitle) : titled
        let list = candidates.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
        if !titled.isEmpty { throw NothingFound("'\(idOrTitle)' is the title of several events: \(list). Use an id.") }
        throw NothingFound("No event '\(idOrTitle)'." + (list.isEmpty ? " See `dossier timeline` for the ids." : " Did you mean: \(list)?"))
    }
}
