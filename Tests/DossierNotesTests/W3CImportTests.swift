@testable import DossierCore
import Foundation
import Testing

@testable import DossierNotes

/// `importW3C` reads every export shape Dossier has written, places foreign
/// annotations on articles by their source, keeps what it cannot place, and
/// never stores a date it could not read as if it were one.
@Suite("W3C import")
struct W3CImportTests {
    /// The first export shape (source `dossier:<collection>/<article>`, no
    /// collection id, no `dossier:` context), as written by the code before it
    /// changed: four notes of the bundled Content, one of them orphaned.
    @Test func readsTheFirstExportShape() throws {
        let f = try Fixture()
        let report = try f.store.importW3C(try ExportFixtures.data("w3c-export-v1.jsonld"))
        #expect(report.inserted == 4 && report.skipped.isEmpty && report.orphaned.isEmpty && report.warnings.isEmpty)
        let stored = try f.store.list()
        #expect(Set(stored.map(\.collection)) == ["pakistan-and-russia"])
        #expect(stored.map(\.article) == ["chronology", "hanif", "hussain", "hussain"])
        #expect(stored.map(\.kind) == [.question, .note, .highlight, .note])
        #expect(stored.map(\.anchorStatus) == [.exact, .orphaned, .exact, .exact])
        #expect(stored[3].tags == ["bias", "cold-war"])
        #expect(stored[3].links == [.event("tashkent-declaration-1966")])
        #expect(stored[0].id == UUID(uuidString: "8b1362ab-bfc0-4b7d-84b9-76d2d76da016"))
        #expect(stored[0].selectors.position == TextPositionSelector(start: 11412, end: 11484))
        #expect(ISODate.string(stored[0].created) == "2026-12-03T08:24:54.309Z")
        // Its empty collection too.
        #expect(try f.store.importW3C(try ExportFixtures.data("w3c-export-v1-empty.jsonld")) == ImportReport())
        // And today's export of the same notes reads back to the same annotations.
        let other = try Fixture()
        try other.store.importW3C(try f.store.exportW3C())
        #expect(try other.store.list() == stored)
    }

    @Test func readsTheCurrentShapeWithSourcesAndWithout() throws {
        let content = try ContentCopy()
        let f = try W3CConformanceTests.store("highlights, notes and questions", in: content)
        let original = try f.store.list()
        for sources in [content.sources, nil] {
            let other = try Fixture()
            let report = try other.store.importW3C(try f.store.exportW3C(sources: content.sources), sources: sources)
            #expect(report.inserted == original.count && report.orphaned.isEmpty)
            #expect(try other.store.list() == original)
        }
        // An empty export has no page, and reads back as nothing.
        let empty = try Fixture(), reader = try Fixture()
        #expect(try reader.store.importW3C(try empty.store.exportW3C()) == ImportReport())
    }

    @Test func aCreatedDateThatIsNoDateIsKeptWithTheImportTimeAndAWarning() throws {
        let f = try Fixture()
        let json = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:0b9e2b1c-4f4e-4f7a-9a57-1d0c2b7e9a11",
             "type": "Annotation", "created": "not a date", "modified": "2025-02-30T10:00:00",
             "body": "Dated nonsense",
             "target": {"source": "dossier:pakistan-and-russia/hussain",
                        "selector": {"type": "TextQuoteSelector", "exact": "lost opportunities"}}}
            """
        let now = Date(timeIntervalSince1970: 1_800_000_000.25)
        let report = try f.store.importW3C(Data(json.utf8), now: now)
        #expect(report.inserted == 1)
        #expect(report.warnings == [
            "item 1 (urn:uuid:0b9e2b1c-4f4e-4f7a-9a57-1d0c2b7e9a11): \"created\": \"not a date\" is not a date-time with a time zone; kept with the import time",
            "item 1 (urn:uuid:0b9e2b1c-4f4e-4f7a-9a57-1d0c2b7e9a11): \"modified\": \"2025-02-30T10:00:00\" is not a date-time with a time zone; kept with its created date",
        ])
        let stored = try #require(try f.store.list().first)
        #expect(stored.created == now.millisecondPrecision && stored.modified == stored.created)
        // Importing it again later changes nothing: an invented date says nothing about which version is newer.
        let again = try f.store.importW3C(Data(json.utf8), now: now.addingTimeInterval(3600))
        #expect(again.unchanged == 1 && again.updated == 0)
        #expect(try f.store.list() == [stored])
    }

    @Test func aSourceThatIsNoArticleIsKeptAsAnOrphanWithItsReason() throws {
        let content = try ContentCopy()
        let f = try Fixture()
        let json = """
            [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://hypothes.is/a/unplaced1", "type": "Annotation",
              "created": "2024-05-01T09:00:00.000000+00:00", "body": [{"type": "TextualBody", "value": "Elsewhere"}],
              "target": [{"source": "https://news.example.com/other-story",
                          "selector": [{"type": "TextQuoteSelector", "exact": "a quote from another page"},
                                       {"type": "TextPositionSelector", "start": 5, "end": 30}]}]},
             {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://hypothes.is/a/pagenote", "type": "Annotation",
              "body": [{"type": "TextualBody", "value": "A page note"}],
              "target": [{"source": "https://news.example.com/other-story"}]}]
            """
        let report = try f.store.importW3C(Data(json.utf8), sources: content.sources)
        #expect(report.inserted == 1)
        #expect(report.orphaned == ["item 1 (https://hypothes.is/a/unplaced1): kept as an orphan: its source https://news.example.com/other-story is not the file or the url of an article of this collection"])
        #expect(report.skipped == ["item 2 (https://hypothes.is/a/pagenote): no target with a TextQuoteSelector: not an annotation of a passage"])
        let orphan = try #require(try f.store.list(orphans: true).first)
        #expect(orphan.collection == "pakistan-and-russia" && orphan.article == "https://news.example.com/other-story")
        #expect(orphan.anchorStatus == .orphaned && orphan.selectors.position == nil && orphan.body == "Elsewhere")
        #expect(report.placed.isEmpty)
        // Without a collection to look in, the reason says so.
        let alone = try Fixture().store.importW3C(Data(json.utf8))
        #expect(alone.orphaned.first?.hasSuffix("no collection was loaded to find its source https://news.example.com/other-story in") == true)
    }

    @Test func sourcesMatchTheArticleFileAndItsPageLoosely() throws {
        let content = try ContentCopy()
        let file = URL(fileURLWithPath: content.directory + "/articles/hanif.md").absoluteString
        #expect(content.sources.article(forSource: file) == "hanif")
        #expect(content.sources.article(forSource: file + "#section-2") == "hanif")
        #expect(content.sources.article(forSource: ContentCopy.hussainURL) == "hussain")
        let loose = ContentCopy.hussainURL.replacingOccurrences(of: "https://www.example.edu", with: "http://WWW.Example.EDU")
        #expect(content.sources.article(forSource: loose + "#page=3") == "hussain")
        #expect(content.sources.article(forSource: "https://www.example.edu/journals/jps/") == nil)
    }
}
