import DossierCore
import DossierIndex
import DossierNotes
import Foundation

/// Does the notes effects against the database: re-anchoring an article's notes and
/// reading them with the counts over the collection (``CollectionNotes``), the notes a
/// popup lists, and each change — one store transaction each. Every result is an
/// ``AppEvent`` for the reducer; errors become messages, never crashes.
///
/// The collection's notes are stored under ``NotesCollectionKey/key(for:)``, as the
/// `dossier notes` commands store them.
struct NotesEffectPerformer {
    let connection: NotesConnection?

    init(connection: NotesConnection?) {
        self.connection = connection
    }

    /// ``Effect/loadNotes(article:reanchor:)``.
    func load(article: String?, reanchor: Bool = true, library: LibraryState) -> AppEvent {
        let key = NotesCollectionKey.key(for: library.collection)
        let shown = article ?? ""
        // No database yet: no notes; the first one creates it.
        let none = CollectionNotes(collection: key, article: ArticleNotes(article: shown), tellingsCounted: library.timeline != nil)
        return reading(orNone: .notesLoaded(none, reanchored: article.map { ReanchorSummary(article: $0) }),
                       unavailable: AppEvent.notesUnavailable) { store in
            _ = try store.collectionKey(for: library.collection)
            var summary: ReanchorSummary?
            var unchanged = false
            if reanchor, let article, let document = library.documents[article] {
                let anchoring = try Self.reanchor(article, shown: document, in: store, collection: key, library: library)
                unchanged = anchoring == nil
                summary = anchoring.map { ReanchorSummary(article: article, report: $0) }
            }
            let notes = try CollectionNotes.load(from: store, collection: key, article: shown, timeline: library.timeline)
            if unchanged, let article { summary = ReanchorSummary(article: article, notes: notes.article.annotations) }
            return .notesLoaded(notes, reanchored: summary)
        }
    }

    /// Re-anchors `article`'s notes to `shown`, its document on screen, unless its file's text
    /// hash is the one they were last anchored against (then nil: nothing to do). The file's
    /// hash is recorded only when `shown` is what the file reads as now, so that a file edited
    /// since it was opened is not recorded as the text the notes are in.
    static func reanchor(_ article: String, shown: Document, in store: NotesStore, collection: String,
                         library: LibraryState) throws -> ReanchorReport? {
        let file = library.collection.article(withID: article)
        let hash = file.flatMap { ArticleTextHash.ofFile($0.file) }
        if let hash, hash == (try store.anchoredTextHash(collection: collection, article: article)) { return nil }
        let text = shown.plainText.string
        // The file read again, not the article's body in memory: that may be as old as `shown`.
        let current = hash != nil && file.flatMap { CollectionLoader.readArticle(path: $0.file, id: article).0 }
            .map { $0.read().document.plainText.string == text } == true
        return try store.reanchor(collection: collection, article: article, plainText: text, textHash: current ? hash : nil)
    }

    /// ``Effect/loadNotesAbout(_:)``: the notes linking to an event or written on one of its
    /// tellings; the notes linking to an entity by its id, name or any alias.
    func about(_ subject: NotesSubject, library: LibraryState) -> AppEvent {
        let key = NotesCollectionKey.key(for: library.collection)
        return reading(orNone: .notesAboutLoaded(subject, notes: [])) { store in
            .notesAboutLoaded(subject, notes: try Self.notes(about: subject, in: store, collection: key, timeline: library.timeline))
        }
    }

    static func notes(about subject: NotesSubject, in store: NotesStore, collection: String, timeline: Timeline?) throws -> [Annotation] {
        switch subject {
        case .event(let id):
            let tellings = timeline?.event(withID: id)?.mentions.compactMap { mention in
                mention.range.map { NotePassage(article: mention.article, start: $0.start, end: $0.end) }
            } ?? []
            return try store.notes(linkingTo: .event, identifiers: [id], orOn: tellings, collection: collection)
        case .entity(let id):
            // Any entity link, resolved as the entity page's own lookup does (aliases, case and accents ignored).
            guard let timeline else { return [] }
            return try store.notes(linkingTo: .entity, collection: collection).filter { note in
                note.links.contains { $0.kind == .entity && timeline.lookupEntity($0.identifier).entity?.id == id }
            }
        }
    }

    /// ``Effect/queryNotes(_:)``: the collection's notes matching `query`, selected by SQLite.
    func query(_ query: NoteQuery, library: LibraryState) -> AppEvent {
        let key = NotesCollectionKey.key(for: library.collection)
        return reading(orNone: .notesQueried(query, notes: [])) { store in
            .notesQueried(query, notes: try store.notes(matching: query, collection: key))
        }
    }

    /// What `read` answers from the store, when there is a database: `none` while there is
    /// none yet (no notes at all), `unavailable` with the reason when it cannot be opened,
    /// ``AppEvent/notesLoadFailed(_:)`` when reading it fails.
    private func reading(orNone none: @autoclosure () -> AppEvent, unavailable: (String) -> AppEvent = AppEvent.notesLoadFailed,
                         _ read: (NotesStore) throws -> AppEvent) -> AppEvent {
        switch connection?.openIfExists() ?? .failure(NotesUnavailable(message: "No notes database")) {
        case .success(nil):
            return none()
        case .success(let store?):
            do {
                return try read(store)
            } catch {
                return .notesLoadFailed("\(error)")
            }
        case .failure(let problem):
            return unavailable(problem.message)
        }
    }

    /// ``Effect/changeNote(_:)``; once committed, the notes of `article` (the one shown) and
    /// the counts are read again.
    func change(_ change: NoteChange, article: String, library: LibraryState) -> AppEvent {
        let store: NotesStore
        switch open() {
        case .success(let opened): store = opened
        case .failure(let problem): return .noteChanged(change, .failed(problem.message))
        }
        let key = NotesCollectionKey.key(for: library.collection)
        let annotation: Annotation?
        do {
            annotation = try Self.apply(change, to: store, collection: key, library: library)
        } catch {
            return .noteChanged(change, .failed("\(error)"))
        }
        let notes = try? CollectionNotes.load(from: store, collection: key, article: article, timeline: library.timeline)
        return .noteChanged(change, .done(annotation, notes: notes))
    }

    /// Makes `change` in one transaction (a body change first reads the note as stored,
    /// so that a change made meanwhile by another process is not overwritten).
    static func apply(_ change: NoteChange, to store: NotesStore, collection: String, library: LibraryState) throws -> Annotation? {
        switch change {
        case .create(let article, let selectors, let kind, let body):
            return try store.add(Annotation(collection: collection, article: article, selectors: selectors, kind: kind, body: body))
        case .updateBody(let id, let body):
            guard var stored = try store.annotation(id: id) else { throw NotesStoreError.notFound(id) }
            stored.body = body
            if stored.kind == .highlight && !body.allSatisfy(\.isWhitespace) { stored.kind = .note }
            return try store.update(stored)
        case .setTags(let id, let tags):
            guard var stored = try store.annotation(id: id) else { throw NotesStoreError.notFound(id) }
            stored.tags = tags
            return try store.update(stored)
        case .delete(let id):
            guard let deleted = try store.delete(id: id) else { throw NotesStoreError.notFound(id) }
            return deleted
        case .restore(let annotation):
            return try store.add(annotation)
        case .reattach(let id, let article, let range):
            guard let document = library.documents[article] else { throw NotesStoreError.invalidRange(range.start..<range.end) }
            return try store.reattach(id: id, to: range.start..<range.end, in: document.plainText.string)
        }
    }

    private func open() -> Result<NotesStore, NotesUnavailable> {
        guard let connection else { return .failure(NotesUnavailable(message: "No notes database")) }
        return connection.open()
    }
}
