@testable import DossierCore
import Foundation
import GRDB
import Testing

@testable import DossierNotes

/// Schema v3 records, per article, the hash of the text its notes were last anchored against
/// (``AnchoredTexts``), written in the transaction that writes the anchors; anything else that
/// writes a note of the article forgets it, and a read-only store records nothing.
@Suite("Anchored texts")
struct AnchoredTextsTests {
    @Test func reanchoringRecordsTheTextHashAndWithoutOneForgetsIt() throws {
        let f = try Fixture()
        try f.store.add(f.annotation(paragraph: 1))
        try f.store.add(f.annotation(paragraph: 2, article: "rapprochement"))
        #expect(try f.store.anchoredTextHashes(collection: "pakistan-russia").isEmpty)

        try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: f.text, textHash: "h1")
        #expect(try f.store.anchoredTextHash(collection: "pakistan-russia", article: "hussain") == "h1")
        #expect(try f.store.anchoredTextHashes(collection: "pakistan-russia") == ["hussain": "h1"])
        #expect(try f.store.anchoredTextHashes(collection: "another").isEmpty)
        try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: f.text, textHash: "h2")
        #expect(try f.store.anchoredTextHash(collection: "pakistan-russia", article: "hussain") == "h2")
        // Anchored in a text nobody named: the old hash no longer describes the anchors.
        try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: f.text)
        #expect(try f.store.anchoredTextHash(collection: "pakistan-russia", article: "hussain") == nil)
    }

    @Test func writingANoteAnyOtherWayForgetsItsArticlesHash() throws {
        let f = try Fixture()
        let note = try f.store.add(f.annotation(paragraph: 1))
        func record() throws {
            try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: f.text, textHash: "h")
            #expect(try f.store.anchoredTextHash(collection: "pakistan-russia", article: "hussain") == "h")
        }
        func forgotten() throws -> Bool {
            try f.store.anchoredTextHash(collection: "pakistan-russia", article: "hussain") == nil
        }
        try record()
        try f.store.add(f.annotation(paragraph: 3))
        #expect(try forgotten(), "a new note")
        try record()
        var edited = note
        edited.body = "changed"
        try f.store.update(edited)
        #expect(try forgotten(), "an edited note")
        try record()
        try f.store.reattach(id: note.id, to: 0..<10, in: f.text)
        #expect(try forgotten(), "a note re-attached")
        try record()
        let exported = try f.store.exportW3C()
        _ = try f.store.delete(id: note.id)
        #expect(try !forgotten(), "a deleted note leaves the others anchored as they were")
        _ = try f.store.importW3C(exported)
        #expect(try forgotten(), "an imported note")
    }

    @Test func aReadOnlyStoreReanchorsInMemoryAndRecordsNothing() throws {
        let f = try Fixture()
        let note = try f.store.add(f.annotation(paragraph: 1))
        try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: f.text, textHash: "old")
        let reader = try NotesStore(path: f.directory.file("notes.sqlite"), access: .readOnly)
        let moved = "A new first paragraph.\n\n" + f.text
        let report = try reader.reanchor(collection: "pakistan-russia", article: "hussain", plainText: moved, textHash: "new")
        #expect(report.results.first?.annotation.anchorStatus == .reanchored)
        #expect(try reader.anchoredTextHash(collection: "pakistan-russia", article: "hussain") == "old")
        #expect(try f.store.annotation(id: note.id)?.selectors == note.selectors)
    }

    @Test func aVersionTwoDatabaseGainsAnEmptyTableAndReadsAsNeverAnchored() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        try earlierDatabase(at: path, upTo: "v2")

        // Read only: upgraded in memory, the file left at v2, nothing recorded.
        let reader = try NotesStore(path: path, access: .readOnly)
        #expect(try reader.anchoredTextHashes(collection: "c").isEmpty)
        #expect(try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 2)
        // Opened to write: migrated to v3 with the table empty, then recorded as any other.
        let store = try NotesStore(path: path)
        #expect(try store.storedSchemaVersion() == 3)
        #expect(try store.anchoredTextHashes(collection: "c").isEmpty)
        try store.reanchor(collection: "c", article: "a", plainText: "Here is the passage.", textHash: "h")
        #expect(try store.anchoredTextHashes(collection: "c") == ["a": "h"])
    }
}
