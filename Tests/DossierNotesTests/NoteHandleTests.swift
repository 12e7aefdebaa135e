@testable import DossierCore
import Foundation
import GRDB
import Testing

@testable import DossierNotes

/// Short note handles (`[[note:k3f9]]`): given when a note is first stored, short,
/// unique, never changed or reused; and given to the notes of an older database by its
/// migration.
@Suite("Note handles")
struct NoteHandleTests {
    @Test func aHandleIsTheShortestFreePrefixOfTheBase32ID() throws {
        let f = try Fixture()
        let note = try f.store.add(try f.annotation(paragraph: 1, body: "First"))
        let handle = try #require(try f.store.handle(of: note.id))
        #expect(handle.count == NoteHandles.minimumLength)
        #expect(NoteHandles.fullHandle(of: note.id).hasPrefix(handle))
        #expect(NoteHandles.fullHandle(of: note.id).count == 26)
        #expect(handle.allSatisfy { "0123456789abcdefghjkmnpqrstvwxyz".contains($0) })
        #expect(NoteHandles.isHandleShaped(handle.uppercased()))
        #expect(!NoteHandles.isHandleShaped("Islamabad"))   // i and l are not base32
        #expect(!NoteHandles.isHandleShaped("abc"))
    }

    @Test func aTakenPrefixIsLengthenedAndADeletedNotesHandleIsNeverReused() throws {
        let f = try Fixture()
        // The same first 32 bits: every prefix up to 6 characters is the same, so the
        // second note cannot have the first one's 4 characters and gets 5.
        let first = try #require(UUID(uuidString: "aaaaaaaa-0000-4000-8000-000000000001"))
        let second = try #require(UUID(uuidString: "aaaaaaaa-1111-4000-8000-000000000002"))
        let third = try #require(UUID(uuidString: "aaaaaaaa-2222-4000-8000-000000000003"))
        var a = try f.annotation(paragraph: 1)
        a.id = first
        var b = try f.annotation(paragraph: 2)
        b.id = second
        try f.store.add(a)
        try f.store.add(b)
        let handleA = try #require(try f.store.handle(of: first))
        let handleB = try #require(try f.store.handle(of: second))
        #expect(handleA == String(NoteHandles.fullHandle(of: first).prefix(4)))
        #expect(handleB == String(NoteHandles.fullHandle(of: second).prefix(5)))
        #expect(handleA != handleB)

        // Deleted, its handle stays taken: a link to it never names a newer note.
        let deleted = try #require(try f.store.delete(id: first))
        var c = try f.annotation(paragraph: 3)
        c.id = third
        try f.store.add(c)
        #expect(try f.store.handle(of: third) != handleA)
        #expect(try f.store.resolveNoteLink(handleA) == nil)
        // Undone, the note gets its own handle back.
        try f.store.add(deleted)
        #expect(try f.store.handle(of: first) == handleA)
    }

    @Test func aHandleNeverChangesWhenTheNoteIsEditedOrTheStoreReopened() throws {
        let f = try Fixture()
        let note = try f.store.add(try f.annotation(paragraph: 1, body: "Before"))
        let handle = try #require(try f.store.handle(of: note.id))
        var edited = note
        edited.body = "After, quite different"
        try f.store.update(edited)
        #expect(try f.store.handle(of: note.id) == handle)
        let reopened = try NotesStore(path: f.store.path)
        #expect(try reopened.handle(of: note.id) == handle)
        #expect(try NotesStore(path: f.store.path, access: .readOnly).handles() == [note.id: handle])
    }

    @Test func aNoteLinkByHandleResolves() throws {
        let f = try Fixture()
        let target = try f.store.add(try f.annotation(paragraph: 1, body: "The target note"))
        let handle = try #require(try f.store.handle(of: target.id))
        let linking = try f.store.add(try f.annotation(paragraph: 2, body: "See [[note:\(handle)]]."))
        #expect(linking.links == [.note(handle)])
        #expect(try f.store.resolveNoteLink(handle)?.id == target.id)
        #expect(try f.store.resolveNoteLink(handle.uppercased())?.id == target.id)
        // Quoting the title still works.
        #expect(try f.store.resolveNoteLink("The target note")?.id == target.id)
    }

    /// A database of schema 1 with notes: opened by this build, every note gets a handle
    /// (the oldest the shortest) and the `#tags` of its body.
    @Test func theMigrationGivesExistingNotesHandlesAndTheirBodyTags() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        let older = try #require(UUID(uuidString: "bbbbbbbb-0000-4000-8000-000000000001"))
        let newer = try #require(UUID(uuidString: "bbbbbbbb-1111-4000-8000-000000000002"))
        let queue = try DatabaseQueue(path: path)
        try NotesSchema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            for (id, created, body) in [(newer, "2024-02-01T00:00:00.000Z", "Later, on #trade"),
                                        (older, "2024-01-01T00:00:00.000Z", "# Heading\nAbout #Tashkent and #cold-war; not #1")] {
                try db.execute(sql: """
                    INSERT INTO annotations (id, collection, article, exact, kind, body, title, created, modified, anchor_status)
                    VALUES (?, 'c', 'a', 'the passage', 'note', ?, '', ?, ?, 'exact')
                    """, arguments: [id.uuidString.lowercased(), body, created, created])
            }
            try db.execute(sql: "INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, 'explicit')",
                           arguments: [older.uuidString.lowercased()])
        }
        try queue.close()
        let store = try NotesStore(path: path)
        #expect(try store.storedSchemaVersion() == NotesStore.schemaVersion)
        let handles = try store.handles()
        #expect(handles[older] == String(NoteHandles.fullHandle(of: older).prefix(4)))
        #expect(handles[newer] == String(NoteHandles.fullHandle(of: newer).prefix(5)))
        #expect(try store.annotation(id: older)?.tags == ["Tashkent", "cold-war", "explicit"])
        #expect(try store.annotation(id: newer)?.tags == ["trade"])
    }
}
