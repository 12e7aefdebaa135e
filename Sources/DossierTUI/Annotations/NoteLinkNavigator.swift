import DossierCore
import DossierNotes
import Foundation

/// Follows the `[[…]]` links of note bodies: finds the link under a cursor and says
/// where it leads, from what the reader already holds in memory (the collection, the
/// parsed articles, the timeline, the names of the collection's notes) — no database access.
///
/// Note links resolve as ``NotesStore/resolveNoteLink(_:)`` does (``NoteDirectory``): by id
/// (full UUID or `urn:uuid:…`), else by handle (`[[note:k3f9]]`), else by title ignoring
/// case, the oldest note when titles repeat.
///
/// ```swift
/// let navigator = NoteLinkNavigator(collection: library.collection, documents: library.documents,
///                                   timeline: library.timeline, notes: notes.names)
/// if let destination = navigator.destination(atOffset: editor.text.cursorOffsetInText, in: editor.body) { … }
/// ```
struct NoteLinkNavigator: Sendable {
    /// Article ids of the collection.
    var articles: Set<String>
    /// The parsed articles (sections are checked in these).
    var documents: [String: Document]
    /// The events and entities, once loaded.
    var timeline: Timeline?
    /// The notes links may name (the collection's).
    var notes: NoteDirectory

    /// A navigator over what the reader holds: `collection`, its parsed `documents`,
    /// the `timeline` (`nil` until loaded) and the names of the collection's `notes`.
    init(collection: DossierCollection, documents: [String: Document] = [:], timeline: Timeline?, notes: NoteDirectory) {
        self.articles = Set(collection.articles.map(\.id))
        self.documents = documents
        self.timeline = timeline
        self.notes = notes
    }

    /// The link whose `[[…]]` holds the scalar offset `offset` of `body` (the cursor on
    /// either bracket pair counts, and just after the closing one).
    static func link(atOffset offset: Int, in body: String) -> NoteLinks.Occurrence? {
        let scalars = body.unicodeScalars
        return NoteLinks.occurrences(in: body).first { occurrence in
            let start = scalars.distance(from: scalars.startIndex, to: occurrence.range.lowerBound)
            let end = scalars.distance(from: scalars.startIndex, to: occurrence.range.upperBound)
            return offset >= start && offset <= end
        }
    }

    /// Where the link under the scalar offset `offset` of `body` leads; `nil` when no
    /// link is there.
    func destination(atOffset offset: Int, in body: String, preferredArticle: String? = nil) -> LinkDestination? {
        Self.link(atOffset: offset, in: body).map { destination(of: $0.target, preferredArticle: preferredArticle) }
    }

    /// Where `target` leads; `preferredArticle` picks an event's telling in the article
    /// being read.
    func destination(of target: LinkTarget, preferredArticle: String? = nil) -> LinkDestination {
        switch target {
        case .note(let identifier):
            guard let note = notes.note(named: identifier) else {
                return .unresolved(target, message: "No note is titled “\(identifier)”.")
            }
            let range = note.anchorStatus == .orphaned ? nil : note.position.map { TextRange(start: $0.lowerBound, end: $0.upperBound) }
            return .note(id: note.id, article: note.article, range: range)
        case .event(let id):
            guard let timeline else { return .unresolved(target, message: "The events are still loading.") }
            guard let event = timeline.event(withID: id) else {
                let suggestions = timeline.eventSuggestions(for: id, limit: 3).map(\.id)
                return .unresolved(target, message: "No event “\(id)”." + Self.didYouMean(suggestions))
            }
            let resolved = event.mentions.filter { $0.range != nil }
            let mention = resolved.first { $0.article == preferredArticle } ?? resolved.first
            return .event(id: event.id, article: mention?.article, range: mention?.range)
        case .entity(let id):
            guard let timeline else { return .unresolved(target, message: "The entities are still loading.") }
            switch timeline.lookupEntity(id) {
            case .found(let entity):
                return .entity(id: entity.id)
            case .ambiguous(let entities):
                return .unresolved(target, message: "“\(id)” names several entities: " + entities.map(\.id).joined(separator: ", ") + ".")
            case .notFound(let suggestions):
                return .unresolved(target, message: "No entity “\(id)”." + Self.didYouMean(suggestions.prefix(3).map(\.id)))
            }
        case .article(let id):
            guard articles.contains(id) else {
                return .unresolved(target, message: "No article “\(id)”." + Self.didYouMean(CloseMatches.best(for: id, among: articles.sorted(), limit: 3)))
            }
            return .article(id: id)
        case .section(let article, let section):
            guard articles.contains(article) else {
                return .unresolved(target, message: "No article “\(article)”.")
            }
            if let document = documents[article], document.sectionIndex(withID: section) == nil {
                let suggestions = CloseMatches.best(for: section, among: document.sections.map(\.id).filter { !$0.isEmpty }, limit: 3)
                return .unresolved(target, message: "No section “\(section)” in \(article)." + Self.didYouMean(suggestions))
            }
            return .section(article: article, section: section)
        }
    }

    /// The links of `body` that name nothing, in order, without repeats: what saving a
    /// note asks about. While the timeline is loading, event and entity links are not
    /// judged (they may well resolve).
    func unresolvedLinks(in body: String) -> [LinkTarget] {
        NoteLinks.targets(in: body).filter { target in
            if timeline == nil && (target.kind == .event || target.kind == .entity) { return false }
            if case .unresolved = destination(of: target) { return true }
            return false
        }
    }

    private static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : " Did you mean " + suggestions.prefix(3).joined(separator: ", ") + "?"
    }
}
