@testable import DossierCore
import Foundation
import Testing

@testable import DossierNotes

@Suite("Export and import")
struct ExportImportTests {
    func populated() throws -> Fixture {
        let f = try Fixture()
        try f.store.add(f.annotation(paragraph: 0, kind: .highlight))
        try f.store.add(f.annotation(paragraph: 1, kind: .highlight, tags: ["later"]))
        try f.store.add(f.annotation(paragraph: 2, body: "**Bold** claim; see [[event:tashkent-declaration]].", tags: ["1965", "war"]))
        try f.store.add(f.annotation(paragraph: 3, kind: .question, body: "Who said this first?\n\nSecond line.", article: "chronology"))
        var orphan = try f.annotation(paragraph: 4, body: "Lost passage")
        orphan.anchorStatus = .orphaned
        orphan.selectors.position = nil
        try f.store.add(orphan)
        return f
    }

    @Test func w3cShape() throws {
        let f = try populated()
        let data = try f.store.exportW3C()
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((json["@context"] as? [Any])?.first as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(json["type"] as? String == "AnnotationCollection")
        #expect(json["total"] as? Int == 5)
        let items = try #require((json["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let note = try #require(items.first { ($0["motivation"] as? String) == "commenting" })
        #expect(note["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(note["type"] as? String == "Annotation")
        #expect((note["id"] as? String)?.hasPrefix("urn:uuid:") == true)
        #expect((note["created"] as? String)?.hasSuffix("Z") == true)
        let bodies = try #require(note["body"] as? [[String: Any]])
        #expect(bodies.first?["type"] as? String == "TextualBody")
        #expect(bodies.first?["format"] as? String == "text/markdown")
        #expect(bodies.first?["purpose"] as? String == "commenting")
        #expect(bodies.dropFirst().map { $0["purpose"] as? String } == ["tagging", "tagging"])
        let target = try #require(note["target"] as? [String: Any])
        #expect(target["source"] as? String == "dossier:pakistan-russia/hussain")  // no collection loaded
        #expect(target["dossier:article"] as? String == "hussain")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors.map { $0["type"] as? String } == ["TextQuoteSelector", "TextPositionSelector"])
        #expect(selectors[1]["start"] is Int)
    }

    @Test func roundTripWithoutDuplicates() throws {
        let f = try populated()
        let original = try f.store.list()
        let data = try f.store.exportW3C()

        // Into an empty store: identical annotations.
        let other = try Fixture()
        let first = try other.store.importW3C(data)
        #expect(first.inserted == original.count)
        #expect(first.skipped.isEmpty)
        #expect(try other.store.list() == original)
        // Again: nothing new.
        let second = try other.store.importW3C(data)
        #expect(second.inserted == 0 && second.updated == 0 && second.unchanged == original.count)
        #expect(try other.store.list().count == original.count)
        // Back into the source store: nothing new either.
        #expect(try f.store.importW3C(data).inserted == 0)
        #expect(try f.store.list() == original)
        // Re-export is byte-identical.
        #expect(try other.store.exportW3C() == data)
    }

    @Test func aLaterEditWinsOnImport() throws {
        let f = try populated()
        let other = try Fixture()
        try other.store.importW3C(try f.store.exportW3C())
        var edited = try #require(try f.store.list(tag: "war").first)
        edited.body = "Edited afterwards."
        edited = try f.store.update(edited, now: edited.modified.addingTimeInterval(5))
        let report = try other.store.importW3C(try f.store.exportW3C())
        #expect(report.updated == 1 && report.inserted == 0)
        #expect(try other.store.annotation(id: edited.id)?.body == "Edited afterwards.")
        // An older export does not overwrite a newer local edit.
        var local = edited
        local.body = "Local, newest."
        try other.store.update(local, now: edited.modified.addingTimeInterval(60))
        #expect(try other.store.importW3C(try f.store.exportW3C()).unchanged == 5)
        #expect(try other.store.annotation(id: edited.id)?.body == "Local, newest.")
    }

    @Test func importsForeignShapes() throws {
        let f = try Fixture()
        let json = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [
              {"id": "https://example.org/anno/1", "type": "Annotation", "body": "A plain string body",
               "target": {"source": "dossier:coll/art", "selector": {"type": "TextQuoteSelector", "exact": "Tashkent"}}},
              {"id": "https://example.org/anno/2", "type": "Annotation", "motivation": "highlighting",
               "target": {"source": "dossier:coll/art", "selector": [
                 {"type": "TextQuoteSelector", "exact": "Moscow", "prefix": "to ", "suffix": " in"},
                 {"type": "TextPositionSelector", "start": 10, "end": 16}]}},
              {"type": "Annotation", "target": "https://example.org/page.html"}
            ]}
            """
        let report = try f.store.importW3C(Data(json.utf8))
        #expect(report.inserted == 2)
        #expect(report.skipped.count == 1)
        let stored = try f.store.list()
        #expect(stored.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.highlight, .note])
        #expect(stored.first { $0.kind == .note }?.body == "A plain string body")
        #expect(stored.first { $0.kind == .highlight }?.selectors.position == TextPositionSelector(start: 10, end: 16))
        // Stable ids for non-UUID ids: importing again adds nothing.
        #expect(try f.store.importW3C(Data(json.utf8)).inserted == 0)
        #expect(throws: NotesStoreError.self) { try f.store.importW3C(Data("not json".utf8)) }
    }

    @Test func markdownGroupsByArticleWithQuotes() throws {
        let f = try populated()
        // No collection at hand: articles by id, passages by offsets, links as written.
        let markdown = try f.store.exportMarkdown()
        #expect(markdown.hasPrefix("# Dossier notes\n"))
        #expect(markdown.contains("\n## hussain\n"))
        #expect(markdown.contains("\n## chronology\n"))
        #expect(markdown.contains("[[event:tashkent-declaration]]"))
        #expect(markdown.contains(" · @"))
        let hussain = try #require(markdown.range(of: "## hussain"))
        let chronology = try #require(markdown.range(of: "## chronology"))
        #expect(chronology.lowerBound < hussain.lowerBound)  // collection, then article id order
        for annotation in try f.store.list() {
            #expect(markdown.contains("> " + annotation.quote))
        }
        #expect(markdown.contains("**Bold** claim"))
        #expect(markdown.contains("#1965 #war"))
        #expect(markdown.contains("orphaned"))
        #expect(markdown.contains("**Question**"))
    }
}
