import Foundation
import Testing

/// `dossier brief` and `notes export --format markdown` end to end: notes added with the
/// CLI to a temporary database, the brief written to a file and to standard output.
@Suite("Brief CLI")
struct BriefCLITests {
    typealias Workspace = NotesCLITests.Workspace

    func dossier(_ arguments: [String], _ workspace: Workspace) throws -> DossierProcess.Output {
        try DossierProcess.run(arguments + ["--content", DossierProcess.bundledContent, "--notes", workspace.notes])
    }

    @Test func aBriefOnATagWithNotesCitationsAndReferences() throws {
        let w = try Workspace()
        let added = try w.run(["add", "--article", "hussain", "--quote", "the steel mill in 1970",
                               "--text", "Which year? See [[event:steel-mill-foundation-1973]]."])
        #expect(added.status == 0, "\(added.standardError)")
        let file = w.root.appendingPathComponent("brief.md").path
        let written = try dossier(["brief", "--tag", "industry", "-o", file], w)
        #expect(written.status == 0, "\(written.standardError)")
        #expect(written.standardOutput.isEmpty)
        let brief = try String(contentsOfFile: file, encoding: .utf8)
        #expect(brief.hasPrefix("# Research brief: events tagged “industry”\n"))
        #expect(brief.contains("## 1970s — The USSR builds Pakistan Steel Mills in Karachi\n"))
        #expect(brief.contains("> — Nazir Hussain, “Pak-Russia Relations: Lost Opportunities and Future Options”, "
                               + "*Journal of Political Studies, vol. 19, no. 1*, 2012, § Future Options [3]"))
        #expect(brief.contains("Which year? See *Bhutto lays the foundation stone of Pakistan Steel Mills* (30 December 1973)."))
        #expect(brief.contains("\n## References\n\n1. “Pakistan-Russia Relations: Post-Cold War Era.” 2020. Student assignment.\n"))

        let csl = try dossier(["brief", "--tag", "industry", "--format", "csl-json"], w)
        #expect(csl.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(csl.standardOutput.utf8)) as? [[String: Any]])
        #expect(items.compactMap { $0["id"] as? String } == ["assignment", "chronology", "hussain", "hanif", "rapprochement"])

        let exported = try w.run(["export", "--format", "markdown"])
        #expect(exported.status == 0)
        #expect(exported.standardOutput.contains("**Note** · § Future Options · "))
        #expect(exported.standardOutput.contains("*Bhutto lays the foundation stone of Pakistan Steel Mills* (30 December 1973)"))
    }

    @Test func filtersCombineAndBadNamesAreRefused() throws {
        let w = try Workspace()
        let visit = try dossier(["brief", "--entity", "Bhutto", "--from", "1974", "--to", "1974"], w)
        #expect(visit.status == 0, "\(visit.standardError)")
        #expect(visit.standardOutput.hasPrefix("# Research brief: events involving Zulfikar Ali Bhutto from 1974 to 1974\n"))
        #expect(visit.standardOutput.contains("## October 1974 — Bhutto's state visit to Moscow\n"))
        let unknown = try dossier(["brief", "--event", "steel-mill-foundation"], w)
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("No event 'steel-mill-foundation'. Did you mean: steel-mill-foundation-1973"))
        let backwards = try dossier(["brief", "--from", "1980", "--to", "1970"], w)
        #expect(backwards.status != 0)
        #expect(backwards.standardError.contains("--from 1980 is after --to 1970"))
    }

    /// The brief only reads the notes database: a note whose passage moved in a new edition
    /// is found where the passage now is (in memory), and the database is left byte for byte.
    @Test func aBriefFollowsMovedPassagesWithoutWritingTheNotes() throws {
        let w = try Workspace(copyContent: true)
        let added = try w.run(["add", "--article", "hussain", "--quote", "the steel mill in 1970", "--text", "Which year?"],
                              content: w.content)
        #expect(added.status == 0, "\(added.standardError)")
        // A long paragraph first: every offset after it moves past any telling's length.
        let inserted = String(repeating: "An editor's note, inserted before everything else. ", count: 40)
        try w.edit("hussain") { $0.replacingOccurrences(of: "# Abstract\n\n", with: "# Abstract\n\n\(inserted)\n\n") }
        let before = try Data(contentsOf: URL(fileURLWithPath: w.notes))
        let files = try FileManager.default.contentsOfDirectory(atPath: w.root.path).sorted()
        let brief = try DossierProcess.run(["brief", "--tag", "industry", "--content", w.content, "--notes", w.notes])
        #expect(brief.status == 0, "\(brief.standardError)")
        #expect(brief.standardOutput.contains("Which year?"), "the moved note is still on its event's telling")
        #expect(try Data(contentsOf: URL(fileURLWithPath: w.notes)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: w.root.path).sorted() == files)
    }
}
