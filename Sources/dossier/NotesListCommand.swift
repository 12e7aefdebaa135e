import ArgumentParser
import DossierCore
import DossierNotes
import DossierTUI
import Foundation

/// `dossier notes list [--search TEXT] [--kind K] [--tag T] [--article ID] [--status S] [--orphans]
/// [--sort document|date] [--json]`.
struct NotesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List annotations, in document order or newest first.",
        discussion: """
            --search matches as the reader's notes browser (A) does: every word must appear, \
            without regard to case, in the body, the quote, a tag or the article id; kind:K, #tag, \
            article:ID and status:S in it narrow like the options. \
            When the collection can be loaded, the annotations listed are first re-anchored to its \
            current text, so that moved passages are followed and lost ones show as orphaned (and \
            --status sees that); only the collection's annotations are listed. Without a \
            collection, every annotation is listed as stored.
            """
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var notesOptions: NotesOptions
    @Option(help: ArgumentHelp("Only annotations with these words (and kind:, #tag, article:, status:).", valueName: "text"))
    var search: String?
    @Option(help: ArgumentHelp("Only annotations of this kind: highlight, note or question.", valueName: "kind"))
    var kind: AnnotationKind?
    @Option(help: ArgumentHelp("Only annotations of this article.", valueName: "id")) var article: String?
    @Option(help: ArgumentHelp("Only annotations with this tag.", valueName: "tag")) var tag: String?
    @Option(help: ArgumentHelp("Only annotations whose anchor is exact, reanchored, approximate or orphaned.", valueName: "status"))
    var status: AnchorStatus?
    @Flag(help: "Only orphaned annotations (their passage was not found); the same as --status orphaned.") var orphans = false
    @Option(help: ArgumentHelp("document (by article and place) or date (newest change first).", valueName: "order"))
    var sort: NoteQuery.Order = .document
    @Flag(help: "JSON output.") var json = false

    func validate() throws {
        if orphans, let status, status != .orphaned { throw ValidationError("--orphans and --status \(status.rawValue) exclude each other") }
    }

    /// The options as one query; the status is left out, to be checked after re-anchoring.
    var query: NoteQuery {
        var query = NoteQuery(typed: search ?? "", order: sort)
        if let kind { query.kind = kind }
        if let tag { query.tag = Annotation.normalizedTags([tag]).first }
        if let article { query.article = article }
        return query
    }

    func run() throws {
        let store = try notesOptions.open(.readOnly)
        var query = query
        let wantedStatus = orphans ? .orphaned : status ?? query.status
        query.status = nil
        let collection = NotesContent.optionalCollection(content)
        let collectionKey = try collection.map { try store.collectionKey(for: $0) }
        let matching = try store.notesWithHandles(matching: query, collection: collectionKey)
        let handles = Dictionary(matching.map { ($0.annotation.id, $0.handle) }, uniquingKeysWith: { first, _ in first })
            .compactMapValues { $0 }
        let stored = matching.map(\.annotation)
        // Listing reads only (the store is read-only): anchors are shown as they resolve now.
        let placed = try collection.map { try NotesContent.current(store, collection: $0, of: stored) } ?? stored
        let annotations = placed
            .filter { wantedStatus == nil || $0.anchorStatus == wantedStatus }
        if json {
            try JSONOutput.print(annotations.map { NoteJSON($0, handle: handles[$0.id]) })
            return
        }
        if annotations.isEmpty {
            print("No annotations.")
            return
        }
        // One write per few hundred lines, each cleaned for the terminal as `print` does.
        var chunk = ""
        for annotation in annotations {
            chunk += Self.line(annotation, handle: handles[annotation.id])
            chunk += "\n"
            if chunk.utf8.count > 1 << 16 {
                print(chunk, terminator: "")
                chunk = ""
            }
        }
        print(chunk, terminator: "")
    }

    /// `k3f9 hussain 120–180 note [reanchored] #tag "quote…" — body…  (id)`: the handle
    /// first, as `[[note:k3f9]]` links name it.
    static func line(_ annotation: Annotation, handle: String?) -> String {
        var line = ""
        line.reserveCapacity(200)
        if let handle { line += handle + " " }
        line += annotation.article
        if let position = annotation.selectors.position {
            line += " " + String(position.start) + "–" + String(position.end)
        }
        line += " " + annotation.kind.rawValue
        if annotation.anchorStatus != .exact { line += " [" + annotation.anchorStatus.rawValue + "]" }
        for tag in annotation.tags { line += " #" + tag }
        line += " \"" + TextFit.foldedLine(annotation.quote, width: 60) + "\""
        if annotation.body.contains(where: { !$0.isNewline }) { line += " — " + TextFit.foldedLine(annotation.body, width: 60) }
        line += " (" + LowercaseUUID.text(of: annotation.id) + ")"
        return line
    }
}

extension AnnotationKind: ExpressibleByArgument {}
extension AnchorStatus: ExpressibleByArgument {}
extension NoteQuery.Order: ExpressibleByArgument {}

/// The `--json` form of an annotation (README: JSON output): snake_case keys, each always
/// present, `null` for a passage with no stored position.
struct NoteJSON: Encodable {
    var id: String
    /// The short handle `[[note:…]]` links use; `null` only for a note not stored yet.
    var handle: String?
    var collection: String
    var article: String
    var kind: String
    var quote: String
    var prefix: String
    var suffix: String
    var start: Int?
    var end: Int?
    var body: String
    var tags: [String]
    var links: [String]
    var anchorStatus: String
    var created: String
    var modified: String

    init(_ annotation: Annotation, handle: String?) {
        id = LowercaseUUID.text(of: annotation.id)
        self.handle = handle
        collection = annotation.collection
        article = annotation.article
        kind = annotation.kind.rawValue
        quote = annotation.selectors.quote.exact
        prefix = annotation.selectors.quote.prefix
        suffix = annotation.selectors.quote.suffix
        start = annotation.selectors.position?.start
        end = annotation.selectors.position?.end
        body = annotation.body
        tags = annotation.tags
        links = annotation.links.map(\.markup)
        anchorStatus = annotation.anchorStatus.rawValue
        // Exactly as stored, to the millisecond (a format style would truncate .789 to .788).
        created = ISODate.string(annotation.created)
        modified = ISODate.string(annotation.modified)
    }

    enum CodingKeys: String, CodingKey {
        case id, handle, collection, article, kind, quote, prefix, suffix, start, end, body, tags, links, created, modified
        case anchorStatus = "anchor_status"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(handle, forKey: .handle)
        try container.encode(collection, forKey: .collection)
        try container.encode(article, forKey: .article)
        try container.encode(kind, forKey: .kind)
        try container.encode(quote, forKey: .quote)
        try container.encode(prefix, forKey: .prefix)
        try container.encode(suffix, forKey: .suffix)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(body, forKey: .body)
        try container.encode(tags, forKey: .tags)
        try container.encode(links, forKey: .links)
        try container.encode(anchorStatus, forKey: .anchorStatus)
        try container.encode(created, forKey: .created)
        try container.encode(modified, forKey: .modified)
    }
}
