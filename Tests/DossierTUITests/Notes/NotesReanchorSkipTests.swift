@testable import DossierCore
@testable import DossierIndex
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// Opening an article re-anchors its notes to the text shown and records the file's text hash;
/// opened again with the file unchanged, nothing is re-anchored; edited, its notes follow the
/// edit. Run by the reader's own notes performer on a copy of the bundled collection.
@Suite("Reader: notes re-anchored only when the article changed")
struct NotesReanchorSkipTests {
    /// A temporary copy of the Content and a notes database beside it.
    final class Workspace {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-reanchor-skip-\(UUID().uuidString)")
        var content: String { root.appendingPathComponent("Content").path }
        var hussain: String { content + "/articles/hussain.md" }
        let store: NotesStore

        init() throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let source = URL(fileURLWithPath: ReaderFixture.contentDirectory).resolvingSymlinksInPath().path
            try FileManager.default.copyItem(atPath: source, toPath: root.appendingPathComponent("Content").path)
            store = try NotesStore(path: root.appendingPathComponent("notes.sqlite").path)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// The reader's library with hussain opened: its document as the file reads now.
        func opened() -> LibraryState {
            var library = LibraryState(collection: CollectionLoader.load(directory: content).collection)
            library.documents["hussain"] = library.article("hussain")?.read().document
            return library
        }

        func edit(_ change: (String) -> String) throws {
            precondition(hussain.hasPrefix(root.path), "edits only ever touch the temporary copy")
            try change(try String(contentsOfFile: hussain, encoding: .utf8)).write(toFile: hussain, atomically: true, encoding: .utf8)
        }
    }

    static let quote = "a tale of misperceptions and lost opportunities"

    @Test func anArticlesNotesAreReanchoredWhenItsFileChangedAndOnlyThen() throws {
        let w = try Workspace()
        var library = w.opened()
        let key = NotesCollectionKey.key(for: library.collection)
        let document = try #require(library.documents["hussain"])
        let start = document.plainText.occurrences(of: Self.quote)[0]
        let selectors = try #require(Anchor.selectors(for: start..<(start + Self.quote.unicodeScalars.count), in: document.plainText.string))
        let note = try w.store.add(Annotation(collection: key, article: "hussain", selectors: selectors, kind: .note, body: "On the abstract"))
        let performer = NotesEffectPerformer(connection: NotesConnection(store: w.store))
        func opening(_ library: LibraryState) -> ReanchorSummary? {
            guard case .notesLoaded(let notes, let summary) = performer.load(article: "hussain", library: library) else {
                Issue.record("the notes were not loaded")
                return nil
            }
            #expect(notes.article.annotations.map(\.id) == [note.id])
            return summary
        }
        func recorded() throws -> String? { try w.store.anchoredTextHash(collection: key, article: "hussain") }

        // Opened: re-anchored, and the file's hash recorded with the anchors.
        #expect(opening(library)?.message == nil)
        #expect(try recorded() == ArticleTextHash.ofFile(w.hussain))
        #expect(try recorded() != nil)
        // Opened again, the file unchanged: nothing to re-anchor.
        #expect(try NotesEffectPerformer.reanchor("hussain", shown: document, in: w.store, collection: key, library: library) == nil)

        // A paragraph inserted before the quote: the note follows it, and says so.
        try w.edit { $0.replacingOccurrences(of: "# Abstract\n\n", with: "# Abstract\n\nAn editor's note, inserted first.\n\n") }
        library = w.opened()
        #expect(opening(library)?.moved == 1)
        let moved = try #require(try w.store.annotation(id: note.id))
        #expect(moved.anchorStatus == .reanchored)
        #expect((moved.selectors.position?.start ?? 0) > start)
        #expect(try recorded() == ArticleTextHash.ofFile(w.hussain))
        // Reopened unchanged: skipped, and the summary still tells of the moved note.
        #expect(opening(library)?.moved == 1)

        // Edited while open: anchored to the text shown, but that text is not the file's, so no hash is kept.
        try w.edit { $0.replacingOccurrences(of: Self.quote, with: "a story of misperceptions and lost chances") }
        #expect(try NotesEffectPerformer.reanchor("hussain", shown: library.documents["hussain"]!, in: w.store,
                                                  collection: key, library: library) != nil)
        #expect(try recorded() == nil)
        // Opened as the file now reads: the quote is gone, the note is flagged, the hash kept.
        library = w.opened()
        let summary = opening(library)
        #expect((summary?.changed ?? 0) + (summary?.orphaned ?? 0) == 1, "\(String(describing: summary))")
        #expect(try w.store.annotation(id: note.id)?.anchorStatus != .reanchored)
        #expect(try recorded() == ArticleTextHash.ofFile(w.hussain))
    }
}
