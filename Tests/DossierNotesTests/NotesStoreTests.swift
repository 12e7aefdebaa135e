@testable import DossierCore
import Foundation
import Testing

@testable import DossierNotes

/// Builds annotations over a small synthetic article.
struct Fixture {
    let directory: TemporaryDirectory
    let store: NotesStore
    let text: String

    init() throws {
        directory = try TemporaryDirectory()
        store = try NotesStore(path: directory.file("notes.sqlite"))
        text = Synthetic.text(Synthetic.paragraphs(6, seed: 3))
    }

    /// An annotation on the `index`th ten-word passage of paragraph `paragraph`.
    func annotation(
        paragraph: Int = 0, kind: AnnotationKind = .note, body: String = "", tags: [String] = [],
        article: String = "hussain"
    ) throws -> Annotation {
        let paragraphs = text.components(separatedBy: "\n\n")
        let words = paragraphs[paragraph].split(separator: " ")
        let quote = words[2..<12].joined(separator: " ")
        let range = try #require(text.scalarRange(of: quote))
        let selectors = try #require(Anchor.selectors(for: range, in: text))
        return Annotation(
            collection: "pakistan-russia", article: article, selectors: selectors, kind: kind, body: body, tags: tags)
    }
}

@Suite("Notes store")
struct NotesStoreTests {
    @Test func addListUpdateDeleteUndo() throws {
        let f = try Fixture()
        let note = try f.annotation(paragraph: 1, body: "# Why this matters\nBecause.", tags: ["#diplomacy", "1965", " 1965 "])
        let stored = try f.store.add(note)
        #expect(stored == note)
        #expect(stored.tags == ["1965", "diplomacy"])
        #expect(stored.title == "Why this matters")
        #expect(try f.store.annotation(id: note.id) == note)

        var changed = stored
        changed.body = "Rewritten."
        changed.kind = .question
        let later = stored.modified.addingTimeInterval(60)
        let updated = try f.store.update(changed, now: later)
        #expect(updated.body == "Rewritten.")
        #expect(updated.kind == .question)
        #expect(updated.modified == later.millisecondPrecision)
        #expect(updated.created == stored.created)

        let deleted = try #require(try f.store.delete(id: note.id))
        #expect(deleted == updated)
        #expect(try f.store.list().isEmpty)
        #expect(try f.store.delete(id: note.id) == nil)
        // Undo: the returned record re-inserts as it was.
        try f.store.add(deleted)
        #expect(try f.store.list() == [updated])
        #expect(try f.store.tagCounts() == ["1965": 1, "diplomacy": 1])
    }

    @Test func duplicateAndMissingIDsAreErrors() throws {
        let f = try Fixture()
        let note = try f.annotation()
        try f.store.add(note)
        #expect(throws: NotesStoreError.duplicate(note.id)) { try f.store.add(note) }
        let ghost = try f.annotation(paragraph: 2)
        #expect(throws: NotesStoreError.notFound(ghost.id)) { try f.store.update(ghost) }
        #expect(try f.store.list().count == 1)
    }

    @Test func listFilters() throws {
        let f = try Fixture()
        let a = try f.store.add(f.annotation(paragraph: 3, tags: ["trade"]))
        let b = try f.store.add(f.annotation(paragraph: 1, kind: .highlight))
        var c = try f.annotation(paragraph: 2, tags: ["trade", "war"], article: "rapprochement")
        c.anchorStatus = .orphaned
        try f.store.add(c)
        // Document order within an article: by position.
        #expect(try f.store.list(article: "hussain").map(\.id) == [b.id, a.id])
        #expect(try f.store.list(tag: "#trade").map(\.id) == [a.id, c.id])
        #expect(try f.store.list(tag: "war").map(\.id) == [c.id])
        #expect(try f.store.list(orphans: true).map(\.id) == [c.id])
        #expect(try f.store.list(needingAttention: true).map(\.id) == [c.id])
        #expect(try f.store.list(collection: "other").isEmpty)
        #expect(try f.store.list(article: "hussain", tag: "trade").map(\.id) == [a.id])
    }

    @Test func noteLinksResolveByTitleOrID() throws {
        let f = try Fixture()
        let target = try f.store.add(f.annotation(paragraph: 0, body: "Origins of the thaw\nDetails."))
        _ = try f.store.add(f.annotation(paragraph: 1, body: "Origins of the thaw, again"))
        #expect(try f.store.resolveNoteLink("origins of the thaw")?.id == target.id)
        #expect(try f.store.resolveNoteLink("urn:uuid:" + target.id.uuidString)?.id == target.id)
        #expect(try f.store.resolveNoteLink(target.id.uuidString.lowercased())?.id == target.id)
        #expect(try f.store.resolveNoteLink("no such note") == nil)
    }
}

@Suite("Transactions")
struct TransactionTests {
    @Test func aFailingChangeLeavesNothingBehind() throws {
        let f = try Fixture()
        let note = try f.annotation(body: "Links to [[event:x]].", tags: ["a", "b"])
        struct Boom: Error {}
        // The row, its tags and its links are written in one transaction: an error
        // after the insert rolls all of them back.
        #expect(throws: Boom.self) {
            try f.store.pool.write { db in
                try AnnotationRows.insert(db, note)
                throw Boom()
            }
        }
        let counts = try f.store.pool.read { db in
            try ["annotations", "annotation_tags", "links"].map { table in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1
            }
        }
        #expect(counts == [0, 0, 0])
    }

    @Test func anImportWithABadItemImportsNothing() throws {
        let f = try Fixture()
        let good = try f.annotation()
        let json = """
            [\(String(decoding: try JSONEncoder().encode(NotesStore.w3c(good)), as: UTF8.self)),
             {"type": "Annotation", "target": 42}]
            """
        #expect(throws: NotesStoreError.self) { try f.store.importW3C(Data(json.utf8)) }
        #expect(try f.store.list().isEmpty)
    }

    @Test func committedChangesSurviveReopening() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        let ids: [UUID]
        do {
            let store = try NotesStore(path: path)
            let text = Synthetic.text(Synthetic.paragraphs(2, seed: 1))
            let selectors = try #require(Anchor.selectors(for: 10..<40, in: text))
            ids = try (0..<20).map { i in
                try store.add(Annotation(collection: "c", article: "a", selectors: selectors, kind: .note, body: "n\(i)")).id
            }
        }
        let reopened = try NotesStore(path: path)
        #expect(Set(try reopened.list().map(\.id)) == Set(ids))
        let (integrity, journal) = try reopened.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA integrity_check"), try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(integrity == "ok")
        let health = try reopened.health()
        #expect(health.isSound)
        #expect(health.annotations == 20 && health.byStatus == [.exact: 20])
        #expect(health.schemaVersion == NotesStore.schemaVersion)
        #expect(journal == "wal")
    }
}
