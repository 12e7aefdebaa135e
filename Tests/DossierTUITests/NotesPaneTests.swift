@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// The notes pane's model: which notes, in which order, with which marks; moving the
/// selection; where Enter goes; what an empty pane says.
@Suite("Notes pane: model")
struct NotesPaneTests {
    typealias F = NotesPaneFixture

    @Test func notesOfTheSectionInViewInDocumentOrderThenOrphans() {
        let model = NotesPaneModel(notes: F.notes, document: F.document, visible: F.visible(section: "tashkent"))
        #expect(model.items.map(\.id) == [F.id(2), F.id(3), F.id(4), F.id(6)])
        #expect(model.rows == [
            .info("2 notes link to this section"),
            .note(0), .note(1), .note(2),
            .heading(NotesPaneModel.orphansHeading), .note(3),
        ])
        #expect(model.sectionTitles == ["Tashkent"])
        #expect(model.totalCount == 6)
        #expect(model.items.allSatisfy { $0.isInView || $0.range == nil })
    }

    @Test func itemsCarryKindExcerptFirstLineTagsAndMarks() throws {
        let model = NotesPaneModel(notes: F.notes, document: F.document, visible: F.visible(section: "tashkent"))
        let note = try #require(model.items.first { $0.id == F.id(4) })
        #expect(note.kind == .note)
        #expect(note.kindSymbol == "✎")
        #expect(note.excerpt == "The Soviet Union mediated")
        #expect(note.firstLine == "Mediation")
        #expect(note.tags == ["diplomacy", "ussr"])
        #expect(note.statusMark?.symbol == "↻")
        #expect(note.backlinksText == "3 notes link here")
        let question = try #require(model.items.first { $0.id == F.id(3) })
        #expect(question.kindSymbol == "?")
        #expect(question.statusMark?.symbol == "≈")
        #expect(question.firstLine == "Signed by whom?")
        let orphan = try #require(model.items.last)
        #expect(orphan.range == nil)
        #expect(orphan.statusMark?.text == "passage not found")
        let highlight = try #require(model.items.first)
        #expect(highlight.statusMark == nil)
        #expect(highlight.backlinksText == nil)
        #expect(highlight.firstLine.isEmpty)
    }

    @Test func aViewAcrossSectionsHeadsEachSection() {
        let visible = F.visible(section: "tashkent") + F.visible(section: "later-years")
        let model = NotesPaneModel(notes: F.notes, document: F.document, visible: visible)
        #expect(model.items.map(\.id) == [F.id(2), F.id(3), F.id(4), F.id(5), F.id(6)])
        #expect(model.rows.filter { if case .heading = $0 { return true } else { return false } } == [
            .heading("Tashkent"), .heading("Later years"), .heading(NotesPaneModel.orphansHeading),
        ])
    }

    @Test func aNoteVisibleOnScreenIsListedEvenFromAnotherSection() throws {
        // Only the opening's paragraph and the Tashkent heading are on screen.
        let heading = F.document.blocks[F.document.sections[1].blocks.lowerBound].range
        let opening = F.document.blocks[0].range
        let model = NotesPaneModel(notes: F.notes, document: F.document, visible: [opening.start..<opening.end, heading.start..<heading.end])
        #expect(model.items.map(\.id) == [F.id(1), F.id(2), F.id(3), F.id(4), F.id(6)])
        #expect(model.items[0].isInView)
        #expect(!model.items[1].isInView)
        #expect(model.defaultSelection == F.id(1))
    }

    @Test func withoutADocumentEveryNoteIsListed() {
        let model = NotesPaneModel(notes: F.notes, document: nil, visible: [])
        #expect(model.items.map(\.id) == [F.id(1), F.id(2), F.id(3), F.id(4), F.id(5), F.id(6)])
        #expect(model.sections.isEmpty)
    }

    @Test func movingTheSelectionAndEnter() {
        let model = NotesPaneModel(notes: F.notes, document: F.document, visible: F.visible(section: "tashkent"))
        #expect(model.defaultSelection == F.id(2))
        #expect(model.selection(movedFrom: nil, by: 1) == F.id(2))
        #expect(model.selection(movedFrom: F.id(2), by: 1) == F.id(3))
        #expect(model.selection(movedFrom: F.id(3), by: 10) == F.id(6))
        #expect(model.selection(movedFrom: F.id(3), by: -10) == F.id(2))
        #expect(model.selection(movedFrom: F.id(5), by: 1) == F.id(2))   // not listed here
        let quote = F.document.plainText.occurrences(of: "Tashkent Declaration")[0]
        #expect(model.jump(for: F.id(2)) == .passage(article: "relations", range: TextRange(start: quote, end: quote + 20)))
        #expect(model.jump(for: F.id(6)) == .orphan(id: F.id(6)))
        #expect(model.jump(for: nil) == nil)
    }

    @Test func theEmptyPaneSaysHowToAddANoteWithTheTablesKeys() {
        let empty = NotesPaneModel(notes: ArticleNotes(article: "relations"), document: F.document, visible: F.visible(section: "later-years"))
        #expect(empty.isEmpty)
        #expect(empty.defaultSelection == nil)
        let text = NotesPaneView.emptyText(empty, keyMap: .defaults).joined(separator: " ")
        #expect(text.contains("No notes in this section."))
        #expect(text.contains("with v (extend it with w, ), }), then press h to highlight it or a to write a note"))

        var bindings = KeyMap.defaults.bindings.filter { $0.command != .annotate }
        bindings.append(KeyBinding(.annotate, group: "Notes", keys: [.character("n")], help: "Note"))
        #expect(NotesPaneView.emptyText(empty, keyMap: KeyMap(bindings: bindings)).joined().contains("or n to write a note"))

        let elsewhere = NotesPaneModel(notes: ArticleNotes(article: "relations", annotations: [F.annotations[0]]), document: F.document, visible: F.visible(section: "later-years"))
        #expect(NotesPaneView.emptyText(elsewhere, keyMap: .defaults).last == "1 note elsewhere in this article.")
    }

    @Test func linesScrollToKeepTheSelectedNoteWhole() throws {
        let model = NotesPaneModel(notes: F.notes, document: F.document, visible: F.visible(section: "tashkent"))
        let lines = NotesPaneLines(model, width: 30, theme: .monochrome)
        // info, 2 (1 line), 3 (3 lines), 4 (3 lines), heading, 6 (3 lines)
        #expect(lines.lines.count == 12)
        #expect(lines.lineRange(ofItem: 2) == 5..<8)
        #expect(lines.top(keeping: 2, from: 0, height: 6) == 2)
        #expect(lines.top(keeping: 0, from: 5, height: 6) == 1)
        #expect(lines.top(keeping: 3, from: 0, height: 6) == 6)
        #expect(lines.item(atLine: 4) == 1)
        #expect(lines.item(atLine: 8) == nil)
    }

    @Test func articleNotesLoadFromTheStoreWithBacklinks() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-pane-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try NotesStore(path: directory.appendingPathComponent("notes.sqlite").path)
        let annotations = F.annotations.filter { $0.anchorStatus != .orphaned }.map { annotation -> Annotation in
            var copy = annotation
            copy.anchorStatus = .exact
            return copy
        }
        for annotation in annotations { try store.add(annotation) }
        var linking = F.annotation(7, "Pakistan and the Soviet Union", kind: .note,
                                   body: "See [[Mediation]], [[\(F.id(5).uuidString)]] and [[section:relations#tashkent]].")
        linking.collection = "test"
        try store.add(linking)

        try store.reanchor(collection: "test", article: "relations", plainText: F.document.plainText.string)
        let loaded = try ArticleNotes.load(from: store, collection: "test", article: "relations", links: try store.linkCounts(collection: "test"),
                                           names: NoteDirectory(try store.noteNames(collection: "test")))
        #expect(loaded.annotations.map(\.id) == [F.id(7), F.id(1), F.id(2), F.id(3), F.id(4), F.id(5)])
        #expect(loaded.backlinks == [F.id(4): 1, F.id(5): 1])
        #expect(loaded.sectionBacklinks == ["tashkent": 1])
        #expect(loaded.annotations.allSatisfy { $0.anchorStatus == .exact })
        let handles = Dictionary(uniqueKeysWithValues: try store.notesWithHandles(matching: NoteQuery(), collection: "test")
            .compactMap { note in note.handle.map { (note.annotation.id, $0) } })
        #expect(loaded.handles == handles.filter { id, _ in loaded.annotations.contains { $0.id == id } })
        #expect(loaded.handles.count == loaded.annotations.count)
    }
}
