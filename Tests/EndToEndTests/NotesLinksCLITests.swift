import Foundation
import Testing

/// `dossier notes add` and `list` with links and tags: a link that names nothing is
/// warned about on standard error and the note still saved; `#tags` in the text are
/// tags; every note is listed with its short handle, which `[[note:…]]` links name.
@Suite("Notes CLI: handles, #tags, unresolved links")
struct NotesLinksCLITests {
    typealias W = NotesCLITests.Workspace

    @Test func addWarnsAboutLinksThatNameNothingAndSavesTheNote() throws {
        let w = try W()
        let added = try w.run(["add", "--article", "hussain", "--quote", NotesCLITests.quotes.abstract,
                               "--text", "See [[event:no-such-event]], [[event:tashkent-declaration-1966]] and [[nobody's title]] #misperception"])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(added.standardError == "warning: 2 links resolve to nothing: [[event:no-such-event]] [[nobody's title]] (the note is saved)\n")
        let notes = try w.list()
        #expect(notes.count == 1)
        #expect(notes.first?["tags"] as? [String] == ["misperception"])

        // A clean note: no warning.
        let clean = try w.run(["add", "--article", "hussain", "--quote", NotesCLITests.quotes.conclusion,
                               "--text", "As told in [[event:tashkent-declaration-1966]]"])
        #expect(clean.status == 0)
        #expect(clean.standardError.isEmpty)
    }

    @Test func listShowsHandlesThatNoteLinksName() throws {
        let w = try W()
        let first = try w.run(["add", "--article", "hussain", "--quote", NotesCLITests.quotes.abstract, "--text", "Lost chances", "--json"])
        let firstNote = try #require(try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any])
        let handle = try #require(firstNote["handle"] as? String)
        #expect(handle.count == 4)
        let second = try w.run(["add", "--article", "hussain", "--quote", NotesCLITests.quotes.conclusion,
                                "--text", "Compare [[note:\(handle.uppercased())]]"])
        #expect(second.status == 0)
        #expect(second.standardError.isEmpty, "a link by handle resolves: \(second.standardError)")

        let list = try w.run(["list"])
        let lines = list.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix(handle + " hussain ") && $0.contains("Lost chances") })
        let notes = try w.list()
        #expect(notes.compactMap { $0["handle"] as? String }.count == 2)
        #expect(notes.first { ($0["body"] as? String)?.hasPrefix("Compare") == true }?["links"] as? [String] == ["[[\(handle.uppercased())]]"])
    }
}
