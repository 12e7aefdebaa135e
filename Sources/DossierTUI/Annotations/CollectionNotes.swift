import DossierCore
import DossierNotes
import Foundation

/// Every annotation of a collection with its links counted: "3 notes link here" for any
/// note, event, entity, article or section, and the notes `[[…]]` note links may name.
///
/// Counted in memory from the annotations themselves (each linking note once per
/// target, identifiers compared without regard to case), so that counts are those of
/// this collection only. The run loop loads it at start and after every change; the
/// timeline pane asks ``backlinks(to:)`` with `.event(id)` to mark events with notes.
///
/// ```swift
/// let notes = try CollectionNotes.load(from: store, collection: NotesCollectionKey.key(for: collection))
/// notes.backlinks(to: .event("tashkent-declaration-1966"))   // 2
/// ```
public struct CollectionNotes: Hashable, Sendable {
    /// The collection key (``NotesCollectionKey``).
    public let collection: String
    /// Every annotation of the collection, in document order.
    public let annotations: [Annotation]
    /// Their short handles (``NoteHandles``), by id: what `[[note:k3f9]]` names.
    public let handles: [UUID: String]
    /// Linking notes by target kind, then by lower-cased identifier.
    private let counts: [LinkTargetKind: [String: Set<UUID>]]

    /// Counts the links of `annotations`, whose handles are `handles`.
    public init(collection: String, annotations: [Annotation], handles: [UUID: String] = [:]) {
        self.collection = collection
        self.annotations = annotations
        self.handles = handles
        var counts: [LinkTargetKind: [String: Set<UUID>]] = [:]
        for annotation in annotations {
            for target in annotation.links {
                counts[target.kind, default: [:]][target.identifier.lowercased(), default: []].insert(annotation.id)
            }
        }
        self.counts = counts
    }

    /// Loads the annotations of `collection` from `store`.
    public static func load(from store: NotesStore, collection: String) throws -> CollectionNotes {
        CollectionNotes(collection: collection, annotations: try store.list(collection: collection),
                        handles: try store.handles(collection: collection))
    }

    /// How many notes link to `target` as written (for a note link: to that title or id
    /// as written; use ``backlinks(toNote:)`` for a note).
    public func backlinks(to target: LinkTarget) -> Int {
        counts[target.kind]?[target.identifier.lowercased()]?.count ?? 0
    }

    /// How many other notes link to `note`, by its id (`[[3f2a…]]`, `[[urn:uuid:…]]`),
    /// its handle (`[[note:k3f9]]`) or its title.
    public func backlinks(toNote note: Annotation) -> Int {
        let key = note.id.uuidString.lowercased()
        let names = [key, "urn:uuid:" + key, note.title.lowercased()] + (handles[note.id].map { [$0] } ?? [])
        var linking = Set<UUID>()
        for name in names { linking.formUnion(counts[.note]?[name] ?? []) }
        linking.remove(note.id)
        return linking.count
    }

    /// The identifiers (lower-cased) of the targets of `kind` that some note links to:
    /// the events to mark in the timeline with `.event`.
    public func linkedIdentifiers(of kind: LinkTargetKind) -> Set<String> {
        counts[kind].map { Set($0.keys) } ?? []
    }

    /// The annotations of `article`, in document order.
    public func annotations(inArticle article: String) -> [Annotation] {
        annotations.filter { $0.article == article }
    }
}
