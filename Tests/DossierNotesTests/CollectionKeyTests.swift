@testable import DossierCore
import Foundation
import Testing

@testable import DossierNotes

/// Notes are keyed by the collection's stable id: a new title keeps them, and notes stored
/// under the title's slug (as earlier versions did) are carried over without loss.
@Suite struct CollectionKeyTests {
    func collection(id: String, title: String) -> DossierCollection {
        DossierCollection(id: id, title: title, description: "", articles: [], directory: "/collections/byzantium")
    }

    func annotation(_ collection: String, _ exact: String) -> Annotation {
        Annotation(collection: collection, article: "nika", selectors: AnchorSelectors(
            quote: TextQuoteSelector(exact: exact, prefix: "", suffix: ""), position: TextPositionSelector(start: 0, end: exact.unicodeScalars.count)),
            kind: .note, body: "A note on \(exact)")
    }

    @Test func notesStoredUnderTheTitleSlugMoveToTheIDInOneGo() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        // A database as the previous version left it: rows keyed by the title's slug.
        do {
            let store = try NotesStore(path: path)
            _ = try store.add(annotation("pakistan-and-russia", "Tashkent"))
            _ = try store.add(annotation("pakistan-and-russia", "Simla"))
            _ = try store.add(annotation("another-collection", "Other"))
        }
        let store = try NotesStore(path: path)
        let renamed = collection(id: "pakistan-russia-1f2e", title: "Pakistan and Russia")
        #expect(try store.collectionKey(for: renamed) == "pakistan-russia-1f2e")
        #expect(try store.list(collection: "pakistan-russia-1f2e").map(\.quote).sorted() == ["Simla", "Tashkent"])
        #expect(try store.list(collection: "pakistan-and-russia").isEmpty)
        #expect(try store.list(collection: "another-collection").count == 1)
        // A second call finds nothing left to move.
        #expect(try store.collectionKey(for: renamed) == "pakistan-russia-1f2e")
        #expect(try store.list().count == 3)
    }

    @Test func renamingTheTitleKeepsTheNotes() throws {
        let directory = try TemporaryDirectory()
        let store = try NotesStore(path: directory.file("notes.sqlite"))
        let before = collection(id: "byzantium-4f2a", title: "Byzantium")
        _ = try store.add(annotation(try store.collectionKey(for: before), "Nika"))
        let after = collection(id: "byzantium-4f2a", title: "Justinian's Constantinople")
        #expect(try store.list(collection: try store.collectionKey(for: after)).map(\.quote) == ["Nika"])
    }
}
