import ArgumentParser
import DossierCore

/// `dossier timeline`: the events in chronological order, grouped by era.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List the events in chronological order, grouped by era.",
        discussion: """
            Each line: the date, a '!' when the articles' tellings conflict, the title, the \
            articles that tell the event and the event's id (for `dossier event` and [[event:id]] links). Filters combine: --from 1947 --to 1971 --entity Bhutto.
            """
    )

    @OptionGroup var content: ContentOptions
    @Option(help: ArgumentHelp("Only events reaching into or past this year.", valueName: "year")) var from: Int?
    @Option(help: ArgumentHelp("Only events starting in or before this year.", valueName: "year")) var to: Int?
    @Option(help: ArgumentHelp("Only events involving this entity (id, name or alias).", valueName: "name")) var entity: String?
    @Option(help: ArgumentHelp("Only events told by this article.", valueName: "id")) var article: String?
    @Option(help: ArgumentHelp("Only events with this tag.", valueName: "tag")) var tag: String?
    @Flag(help: "Only events whose tellings conflict.") var conflicts = false
    @Flag(help: "Print JSON (see README: JSON output).") var json = false

    func validate() throws {
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
    }

    func run() throws {
        let (collection, timeline) = try content.loadTimeline()
        var filter = TimelineFilter(fromYear: from, toYear: to, tag: tag, conflictsOnly: conflicts)
        if let entity { filter.entityID = try EntityCommand.resolve(entity, in: timeline).id }
        if let article { filter.article = try content.article(article, in: collection).id }
        if let tag, timeline.events(taggedWith: tag).isEmpty {
            let close = CloseMatches.best(for: tag, among: timeline.tags.map(\.tag))
            throw NothingFound("No event has the tag '\(tag)'." + (close.isEmpty ? "" : " Did you mean: \(close.joined(separator: ", "))?"))
        }
        let events = timeline.events(matching: filter)
        if json {
            try JSONOutput.print(TimelineJSON.Listing(events: events, in: timeline))
            return
        }
        if events.isEmpty {
            Console.printError("No events match.")
            return
        }
        let dateWidth = min(24, events.map(\.date.display.count).max() ?? 0)
        for group in timeline.eraGroups(of: events) {
            if let era = group.era {
                print("\(era.title) (\(era.date.display))")
            } else {
                print("Outside the named eras")
            }
            for event in group.events {
                let date = event.date.display.padding(toLength: max(dateWidth, event.date.display.count), withPad: " ", startingAt: 0)
                let mark = event.hasConflicts ? "!" : " "
                print("  \(date) \(mark) \(event.title)  [\(event.articles.joined(separator: ", "))]  \(event.id)")
            }
            print("")
        }
        let conflicted = events.filter(\.hasConflicts).count
        Console.printError(Count.phrase(events.count, "event") + (conflicted > 0 ? ", \(conflicted) with conflicting tellings (!)" : ""))
    }
}

extension ContentOptions {
    /// The collection and its timeline; problems in entities.yaml or events.yaml are summed up
    /// on standard error (`dossier check` lists them) and whatever is valid is used.
    func loadTimeline() throws -> (DossierCollection, Timeline) {
        let (collection, loaded) = try loadTimelineWithDocuments()
        return (collection, loaded.timeline)
    }

    /// The collection and its timeline, with the articles the timeline parsed on the way, so
    /// that a command quoting them (the brief) does not parse them again.
    func loadTimelineWithDocuments() throws -> (DossierCollection, TimelineLoader.Result) {
        let collection = try load().collection
        let result = TimelineLoader.load(collection: collection)
        if !result.errors.isEmpty {
            Console.printError("warning: \(Count.phrase(result.errors.count, "problem")) in \(TimelineLoader.entitiesFileName)/\(TimelineLoader.eventsFileName); "
                               + "run `dossier check` to list them")
        }
        return (collection, result)
    }
}
