import DossierCore
import DossierNotes
import Foundation

/// What the reader holds of a collection's notes, read by SQL queries through the
/// database's indexes rather than by loading every note: the notes of the article shown
/// (``ArticleNotes``), how many notes link to each target ("3 notes link here" for any
/// event, entity, article or section), the names note links and the `[[` completion use
/// (``NoteDirectory``), and the events that have notes (the timeline's `✎`).
///
/// The run loop reads it when an article is opened and after every change; the notes of
/// other articles that a popup lists (an event card's, an entity page's) are read when it
/// opens (``NotesSubject``).
///
/// ```swift
/// let notes = try CollectionNotes.load(from: store, collection: key, article: "hanif", timeline: timeline)
/// notes.backlinks(to: .event("tashkent-declaration-1966"))   // 2
/// ```
struct CollectionNotes: Hashable, Sendable {
    /// The collection key (``NotesCollectionKey``).
    let collection: String
    /// The notes of the article shown, re-anchored, with their backlinks and handles.
    var article: ArticleNotes
    /// How many notes link to each target.
    let links: LinkCounts
    /// Every note's handle, title and place, for note links and completion.
    let names: NoteDirectory
    /// Ids (lower-cased) of the events some note links to or is written on a telling of.
    let notedEvents: Set<String>
    /// Whether ``notedEvents`` looked at the tellings (false while the timeline was loading).
    let tellingsCounted: Bool

    init(collection: String, article: ArticleNotes, links: LinkCounts = .none, names: NoteDirectory = NoteDirectory(),
         notedEvents: Set<String> = [], tellingsCounted: Bool = false) {
        self.collection = collection
        self.article = article
        self.links = links
        self.names = names
        self.notedEvents = notedEvents
        self.tellingsCounted = tellingsCounted
    }

    /// Reads from `store` the notes of `article` and the counts over the collection's; the
    /// events told where notes are written are found through `timeline`'s tellings, when loaded.
    static func load(from store: NotesStore, collection: String, article: String, timeline: Timeline?) throws -> CollectionNotes {
        let links = try store.linkCounts(collection: collection)
        var events = links.identifiers(of: .event)
        if let timeline {
            var passages: [NotePassage] = []
            var owners: [String] = []
            for event in timeline.events where !events.contains(event.id.lowercased()) {
                for mention in event.mentions {
                    guard let range = mention.range else { continue }
                    passages.append(NotePassage(article: mention.article, start: range.start, end: range.end))
                    owners.append(event.id.lowercased())
                }
            }
            for (noted, owner) in zip(try store.notedPassages(passages, collection: collection), owners) where noted {
                events.insert(owner)
            }
        }
        let names = NoteDirectory(try store.noteNames(collection: collection))
        return CollectionNotes(collection: collection,
                               article: try ArticleNotes.load(from: store, collection: collection, article: article, links: links, names: names),
                               links: links, names: names, notedEvents: events, tellingsCounted: timeline != nil)
    }

    /// How many notes link to `target` as written.
    func backlinks(to target: LinkTarget) -> Int {
        links.count(of: target)
    }
}
