import ArgumentParser
import DossierCore

/// `dossier entity <name-or-alias>`: a person, state, organisation, … and the events it is in.
struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show an entity (by id, name or alias) and its events in chronological order.",
        discussion: "Names and aliases are matched ignoring case and diacritics: 'bhutto', 'Z.A. Bhutto', 'USSR'."
    )

    @OptionGroup var content: ContentOptions
    @Argument(help: ArgumentHelp("An entity id, name or alias.", valueName: "name")) var name: String
    @Flag(help: "Print JSON (see README: JSON output).") var json = false

    func run() throws {
        let (_, timeline) = try content.loadTimeline()
        let entity = try Self.resolve(name, in: timeline)
        if json {
            try JSONOutput.print(TimelineJSON.EntityDetail(entity, in: timeline))
            return
        }
        print("\(entity.name) (\(entity.kind.rawValue)) · \(entity.id)")
        if !entity.description.isEmpty { print(entity.description) }
        if !entity.aliases.isEmpty { print("Also: \(entity.aliases.joined(separator: "; "))") }
        let events = timeline.events(involving: entity.id)
        print("")
        print("Events (\(events.count))")
        let dateWidth = min(24, events.map(\.date.display.count).max() ?? 0)
        for event in events {
            let date = event.date.display.padding(toLength: max(dateWidth, event.date.display.count), withPad: " ", startingAt: 0)
            print("  \(date) \(event.hasConflicts ? "!" : " ") \(event.title)  [\(event.articles.joined(separator: ", "))]  \(event.id)")
        }
    }

    /// The entity `name` designates, or an error naming the candidates or close matches.
    static func resolve(_ name: String, in timeline: Timeline) throws -> Entity {
        switch timeline.lookupEntity(name) {
        case .found(let entity):
            return entity
        case .ambiguous(let entities):
            let list = entities.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
            throw NothingFound("'\(name)' names several entities: \(list). Use an id.")
        case .notFound(let suggestions):
            let list = suggestions.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
            throw NothingFound("No entity '\(name)'." + (list.isEmpty ? " No name or alias is close; `dossier event ID` lists an event's entities."
                                                               : " Did you mean: \(list)?"))
        }
    }
}
