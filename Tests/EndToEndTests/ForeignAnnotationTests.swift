import Foundation
import Testing

/// Annotations written by another W3C client: a Hypothesis export
/// (Fixtures/hypothesis-annotations.jsonld, in the shape of Hypothesis's JSON-LD
/// annotations: RangeSelector, TextPositionSelector and TextQuoteSelector over its
/// own rendering of the page, `acct:` creators, tags as `tagging` bodies).
@Suite("Foreign annotations")
struct ForeignAnnotationTests {
    static let hussainPage = "https://www.example.edu/journals/jps/Nazir_Vol_19_Issue_1_2012.pdf"

    @Test func aHypothesisExportImportsAnchorsAndKeepsWhatItCannotPlace() throws {
        let w = try NotesCLITests.Workspace(copyContent: true)
        // The article names the page it was taken from; the export annotates that page.
        try w.edit("hussain") { $0.replacingOccurrences(of: "\nkind:", with: "\nurl: \(Self.hussainPage)\nkind:") }
        let fixture = DossierProcess.repository.appendingPathComponent(
            "Tests/EndToEndTests/Fixtures/hypothesis-annotations.jsonld")
        let contentURL = URL(fileURLWithPath: w.content, isDirectory: true).absoluteString
        let text = try String(contentsOf: fixture, encoding: .utf8)
            .replacingOccurrences(of: "file://CONTENT_DIRECTORY/", with: contentURL)
        let file = w.root.appendingPathComponent("hypothesis.jsonld").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)

        let imported = try w.run(["import", file], content: w.content)
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput == "Imported 4 new, 0 updated, 0 unchanged; 2 kept as orphans.\n")
        #expect(imported.standardError.contains(
            "item 4 (https://hypothes.is/a/Qm9vcGx1c2gtMDA0): kept as an orphan: its source "
                + "https://www.dawn.com/news/1234567/pakistan-russia-ties is not the file or the url of an article of this collection"))
        #expect(imported.standardError.contains(
            "item 3 (https://hypothes.is/a/Qm9vcGx1c2gtMDAz): kept as an orphan: its quote is not in hussain"))

        let notes = try w.list()
        func note(_ body: String) -> [String: Any]? { notes.first { ($0["body"] as? String)?.hasPrefix(body) == true } }
        // Placed by the page's URL (http, a #page fragment: the same page), anchored by its quote.
        let thesis = try #require(note("The thesis"))
        #expect(thesis["article"] as? String == "hussain" && thesis["anchor_status"] as? String == "exact")
        #expect(thesis["tags"] as? [String] == ["cold-war", "thesis"])
        #expect((thesis["created"] as? String)?.hasPrefix("2024-03-18T14:02:51.37") == true)
        #expect(thesis["start"] as? Int == 1023 && thesis["end"] as? Int == 1070)  // ours, not Hypothesis's 1488
        // Placed by the article's file URL.
        let highlight = try #require(notes.first { $0["kind"] as? String == "highlight" })
        #expect(highlight["article"] as? String == "hanif" && highlight["anchor_status"] as? String == "exact")
        // On the article, but its quote is not in this edition: kept, orphaned.
        let cover = try #require(note("This sentence is only in the PDF"))
        #expect(cover["article"] as? String == "hussain" && cover["anchor_status"] as? String == "orphaned")
        // Not an article of this collection: kept, orphaned, under its source.
        let elsewhere = try #require(note("Compare with the Dawn editorial"))
        #expect(elsewhere["article"] as? String == "https://www.dawn.com/news/1234567/pakistan-russia-ties")
        #expect(elsewhere["anchor_status"] as? String == "orphaned")

        // Importing it again adds nothing.
        let again = try w.run(["import", file], content: w.content)
        #expect(again.standardOutput.hasPrefix("Imported 0 new, 0 updated, 4 unchanged"))
        #expect(try w.list().count == 4)

        // And the export names the article by its file and its page.
        let export = try w.run(["export", "--format", "w3c"], content: w.content)
        #expect(export.standardOutput.contains("\"source\" : \"\(contentURL)articles/hussain.md\""))
        #expect(export.standardOutput.contains("\"via\" : \"\(Self.hussainPage)\""))
    }
}
