import ArgumentParser
import DossierCore
import DossierNotes
import Foundation

/// `dossier notes add --article ID --quote TEXT [--prefix TEXT] [--suffix TEXT] [--text TEXT] [--tag T]`.
struct NotesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Annotate a passage of an article, found by its exact text.",
        discussion: """
            The quote must occur exactly once in the article's plain text (as `dossier show` prints \
            it, without Markdown markup). If it occurs several times, --prefix (text just before) \
            and --suffix (text just after) pick one. A quote that matches nowhere or more than once \
            is refused. On success the new annotation's id is printed, once it is safely stored. \
            A `#word` in the text is a tag too. A [[link]] that names nothing (no such event, \
            entity, article, section or note) gets a warning on standard error; the note is \
            still saved.
            """
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var notesOptions: NotesOptions
    @Option(help: ArgumentHelp("The article id.", valueName: "id")) var article: String
    @Option(help: ArgumentHelp("The exact passage to annotate.", valueName: "text")) var quote: String
    @Option(help: ArgumentHelp("Text immediately before the passage, to pick one occurrence.", valueName: "text"))
    var prefix: String?
    @Option(help: ArgumentHelp("Text immediately after the passage, to pick one occurrence.", valueName: "text"))
    var suffix: String?
    @Option(help: ArgumentHelp("The note, in Markdown; [[event:id]] and friends link it.", valueName: "text"))
    var text: String?
    @Option(help: ArgumentHelp("A tag (repeatable).", valueName: "tag")) var tag: [String] = []
    @Option(help: ArgumentHelp("highlight, note or question (default: note with --text, else highlight).",
                               valueName: "kind"))
    var kind: String?
    @Flag(help: "Print the stored annotation as JSON instead of its id.") var json = false

    func validate() throws {
        if quote.isEmpty { throw ValidationError("--quote must not be empty.") }
        if let kind, AnnotationKind(rawValue: kind) == nil {
            throw ValidationError("--kind must be highlight, note or question.")
        }
    }

    func run() throws {
        let collection = try content.load(quiet: true).collection
        let article = try content.article(self.article, in: collection)
        let plainText = NotesContent.plainText(of: article)
        let anchorText = AnchorText(plainText)
        let wanted = TextQuoteSelector(exact: quote, prefix: prefix ?? "", suffix: suffix ?? "")
        let range: Range<Int>
        switch QuoteSearch.find(wanted, in: anchorText) {
        case .unique(let found):
            range = found
        case .none:
            throw NotesCommandError(
                "The quote matches nowhere in '\(article.id)'" + (prefix != nil || suffix != nil ? " with that prefix/suffix" : "")
                + ". Copy it from `dossier show \(article.id) --plain` (no Markdown, one block).")
        case .ambiguous(let ranges):
            let offsets = ranges.prefix(5).map { "\($0.lowerBound)" }.joined(separator: ", ")
            throw NotesCommandError(
                "The quote matches \(ranges.count)\(ranges.count >= 20 ? "+" : "") places in '\(article.id)' "
                + "(at offsets \(offsets)\(ranges.count > 5 ? ", …" : "")). Add --prefix or --suffix to pick one.")
        }
        guard let selectors = Anchor.selectors(for: range, in: anchorText) else {
            throw NotesCommandError("The quote is empty.")
        }
        let body = text ?? ""
        let annotationKind = kind.flatMap(AnnotationKind.init(rawValue:)) ?? (body.isEmpty ? .highlight : .note)
        let store = try notesOptions.open()
        let stored = try store.add(Annotation(
            collection: try store.collectionKey(for: collection), article: article.id, selectors: selectors,
            kind: annotationKind, body: body, tags: tag))
        warnAboutUnresolvedLinks(stored, collection: collection, store: store)
        if json {
            try JSONOutput.print(NoteJSON(stored, handle: try store.handle(of: stored.id)))
        } else {
            print(stored.id.uuidString.lowercased())
        }
    }

    /// A warning on standard error for each link that names nothing: the note is kept
    /// (as the reader keeps it when told "save anyway"), since the event or note it names
    /// may be written next; the exit status stays 0.
    private func warnAboutUnresolvedLinks(_ note: Annotation, collection: DossierCollection, store: NotesStore) {
        guard !note.links.isEmpty else { return }
        // The timeline (every article parsed, every quote resolved) only when an event or
        // entity link needs it: other links are checked against the articles and the notes.
        let needsTimeline = note.links.contains { $0.kind == .event || $0.kind == .entity }
        let loaded = needsTimeline ? TimelineLoader.load(collection: collection) : nil
        let sources = SourceReferences(collection: collection, timeline: loaded?.timeline ?? .empty,
                                       documents: loaded?.documents ?? [:], store: store)
        let unresolved = sources.unresolvedLinks(in: note.body)
        guard !unresolved.isEmpty else { return }
        let count = unresolved.count == 1 ? "1 link resolves" : "\(unresolved.count) links resolve"
        Console.printError("warning: \(count) to nothing: " + unresolved.map(\.markup).joined(separator: " ")
                           + " (the note is saved)")
    }
}
