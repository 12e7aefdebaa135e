import ArgumentParser
import DossierCore
import DossierNotes
import Foundation

/// `dossier brief`: a research brief in Markdown (or its references as CSL-JSON).
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a research brief: chosen events, their tellings cited, conflicts and your notes.",
        discussion: """
            markdown: the chosen events in time order, each with every article's telling quoted \
            and cited (author, title, venue, year, section), where the sources disagree, and your \
            notes and questions on those passages and events with their [[links]] in words; a \
            numbered reference list at the end. csl-json: those references as CSL-JSON, for \
            Pandoc (--citeproc) and Zotero. Filters combine like `dossier timeline`'s.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown
        case cslJSON = "csl-json"
    }

    @OptionGroup var content: ContentOptions
    @OptionGroup var notesOptions: NotesOptions
    @Option(help: ArgumentHelp("Only events with this tag.", valueName: "tag")) var tag: String?
    @Option(help: ArgumentHelp("Only events involving this entity (id, name or alias).", valueName: "name")) var entity: String?
    @Option(help: ArgumentHelp("Only this event.", valueName: "id")) var event: String?
    @Option(help: ArgumentHelp("Only events reaching into or past this year.", valueName: "year")) var from: Int?
    @Option(help: ArgumentHelp("Only events starting in or before this year.", valueName: "year")) var to: Int?
    @Option(help: ArgumentHelp("Only events told by this article.", valueName: "id")) var article: String?
    @Option(help: "markdown or csl-json.") var format: Format = .markdown
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file (default: standard output).",
                                                                     valueName: "file"))
    var output: String?

    func validate() throws {
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
    }

    func run() throws {
        let (collection, loaded) = try content.loadTimelineWithDocuments()
        let timeline = loaded.timeline
        var filter = TimelineFilter(fromYear: from, toYear: to, tag: tag)
        if let entity { filter.entityID = try EntityCommand.resolve(entity, in: timeline).id }
        if let article { filter.article = try content.article(article, in: collection).id }
        if let event, timeline.event(withID: event) == nil {
            let close = timeline.eventSuggestions(for: event).map(\.id)
            throw NothingFound("No event '\(event)'." + (close.isEmpty ? "" : " Did you mean: \(close.joined(separator: ", "))?"))
        }
        // A brief only reads the notes: their anchors are followed to the current text in
        // memory, and nothing is stored.
        let store = try notesOptions.open(.readOnly)
        let annotations = try NotesContent.current(store, collection: collection)
        let sources = SourceReferences(collection: collection, timeline: timeline, documents: loaded.documents, store: store)
        let brief = ResearchBrief(selection: BriefSelection(filter: filter, eventID: event), sources: sources, annotations: annotations)
        if brief.events.isEmpty { Console.printError("No events match.") }
        let data = switch format {
        case .markdown: Data(brief.markdown().utf8)
        case .cslJSON: try brief.cslJSON()
        }
        if let output {
            try OutputFile.write(data, to: output)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
