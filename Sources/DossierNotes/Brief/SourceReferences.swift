import DossierCore

/// The collection seen from an export: which article and section a passage is in, how
/// to cite it, and what a `[[…]]` link in a note means in words — so exported notes
/// read without Dossier at hand.
///
/// ```swift
/// let sources = SourceReferences(collection: collection, timeline: timeline, store: store)
/// sources.citation(article: "hussain", offset: 13_987)?.inline
/// sources.readable("Told here: [[event:tashkent-declaration-1966]]")
/// // Told here: *The Tashkent Declaration* (10 January 1966)
/// ```
public struct SourceReferences {
    let collection: DossierCollection
    let timeline: Timeline
    private let documents: [String: Document]
    private let store: NotesStore?

    /// - Parameters:
    ///   - documents: articles already read (from ``TimelineLoader``); the others are read here.
    ///   - store: resolves links to other notes; without it they stay as written.
    public init(collection: DossierCollection, timeline: Timeline = .empty, documents: [String: Document] = [:],
                store: NotesStore? = nil) {
        self.collection = collection
        self.timeline = timeline
        var all = documents
        for article in collection.articles where all[article.id] == nil {
            all[article.id] = article.read().document
        }
        self.documents = all
        self.store = store
    }

    /// The notes database's key for this collection.
    var collectionKey: String { NotesCollectionKey.key(for: collection) }

    /// The title of the innermost section holding `offset` of `article`'s plain text.
    func sectionTitle(article: String, offset: Int) -> String? {
        guard let document = documents[article], !document.sections.isEmpty else { return nil }
        let title = document.sections[document.sectionIndex(containing: offset)].title
        return title.isEmpty ? nil : title
    }

    /// How to cite `article`, with the section holding `offset` when given.
    func citation(article: String, offset: Int? = nil) -> Citation? {
        guard let metadata = collection.article(withID: article)?.metadata else { return nil }
        return Citation(metadata, section: offset.flatMap { sectionTitle(article: article, offset: $0) })
    }

    /// How to cite the passage `annotation` is anchored to (no section for an orphan).
    func citation(of annotation: Annotation) -> Citation? {
        let offset = annotation.anchorStatus == .orphaned ? nil : annotation.selectors.position?.start
        return citation(article: annotation.article, offset: offset)
    }

    /// `body` with each `[[…]]` link replaced by what it names, in words; a link that
    /// names nothing stays as written, marked “(unresolved link)”.
    func readable(_ body: String) -> String {
        var text = ""
        var rest = body.startIndex
        for occurrence in NoteLinks.occurrences(in: body) {
            text += body[rest..<occurrence.range.lowerBound]
            text += words(for: occurrence.target, label: occurrence.label) ?? "\(body[occurrence.range]) (unresolved link)"
            rest = occurrence.range.upperBound
        }
        return text + body[rest...]
    }

    /// The links of `body` that name nothing in the collection, the timeline or the
    /// notes, in order, without repeats: what `notes add` warns about.
    public func unresolvedLinks(in body: String) -> [LinkTarget] {
        NoteLinks.targets(in: body).filter { words(for: $0) == nil }
    }

    /// A link target in words: the event's title and date, the entity's name, the
    /// article's or section's title with its author, the other note's title.
    func words(for target: LinkTarget, label: String? = nil) -> String? {
        switch target {
        case .event(let id):
            guard let event = timeline.event(withID: id) else { return nil }
            return "*\(label ?? event.title)* (\(event.date.display))"
        case .entity(let id):
            guard let entity = timeline.entity(withID: id) else { return nil }
            return label ?? entity.name
        case .article(let id):
            guard let citation = citation(article: id) else { return nil }
            return label.map { "\($0) (\(citation.inline))" } ?? citation.inline
        case .section(let article, let section):
            guard let metadata = collection.article(withID: article)?.metadata,
                  let document = documents[article], let index = document.sectionIndex(withID: section) else { return nil }
            let citation = Citation(metadata, section: document.sections[index].title)
            return label.map { "\($0) (\(citation.inline))" } ?? citation.inline
        case .note(let identifier):
            guard let note = try? store?.resolveNoteLink(identifier) else { return nil }
            return "\(label ?? "the \(note.kind.rawValue)") “\(note.title)”"
        }
    }
}
