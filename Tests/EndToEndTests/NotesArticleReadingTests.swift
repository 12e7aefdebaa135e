import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `dossier notes list` reads only the articles whose notes it prints: the collection's front
/// matter comes from the content index, and an article's body is read when one of its notes
/// is re-anchored for printing. Seen through access times: reading a file moves its access
/// time when it is older than its modification time (Linux's `relatime`, the default).
@Suite("Notes CLI: only the articles printed are read")
struct NotesArticleReadingTests {
    /// 2000-01-01 and 2020-01-01.
    static let accessed = 946_684_800
    static let modified = 1_577_836_800

    static func setTimes(_ path: String, access: Int, modified: Int) throws {
        let times = [timespec(tv_sec: access, tv_nsec: 0), timespec(tv_sec: modified, tv_nsec: 0)]
        guard utimensat(AT_FDCWD, path, times, 0) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    static func accessTime(_ path: String) -> Int {
        var info = stat()
        stat(path, &info)
        return info.st_atim.tv_sec
    }

    /// A copy of Content with a note on hussain and one on rapprochement, every article file
    /// dated in the past (so that the index trusts its size and time) and the index built.
    struct NotedCollection {
        let workspace: NotesCLITests.Workspace
        let folder: String
        let files: [String]

        init() throws {
            workspace = try NotesCLITests.Workspace(copyContent: true)
            for (article, quote) in [("hussain", NotesCLITests.quotes.abstract), ("rapprochement", NotesCLITests.quotes.rapprochement)] {
                let added = try workspace.run(["add", "--article", article, "--quote", quote, "--text", "On \(article)"], content: workspace.content)
                #expect(added.status == 0, "\(added.standardError)")
            }
            folder = workspace.content + "/articles"
            files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
            #expect(files.count == 5)
            try resetTimes()
            let indexed = try DossierProcess.run(["index", "--content", workspace.content])
            #expect(indexed.status == 0, "\(indexed.standardError)")
        }

        func resetTimes() throws {
            for file in files { try NotesArticleReadingTests.setTimes(folder + "/" + file, access: NotesArticleReadingTests.accessed, modified: NotesArticleReadingTests.modified) }
        }

        /// `notes list ARGUMENTS`: its output, and the articles it read (by access time).
        func list(_ arguments: [String]) throws -> (output: String, read: [String]) {
            try resetTimes()
            let output = try workspace.run(["list"] + arguments, content: workspace.content)
            #expect(output.status == 0, "\(output.standardError)")
            let read = files.filter { NotesArticleReadingTests.accessTime(folder + "/" + $0) != NotesArticleReadingTests.accessed }
            return (output.standardOutput, read.map { String($0.dropLast(3)) })
        }
    }

    @Test func listingReadsTheArticlesWhoseNotesItPrintsAndNoOther() throws {
        let noted = try NotedCollection()
        let one = try noted.list(["--article", "hussain"])
        #expect(one.output.contains("On hussain") && !one.output.contains("On rapprochement"), "\(one.output)")
        #expect(one.read == ["hussain"])
        let all = try noted.list([])
        #expect(all.output.contains("On hussain") && all.output.contains("On rapprochement"), "\(all.output)")
        #expect(all.read == ["hussain", "rapprochement"])
        let none = try noted.list(["--search", "nothing-matches-this"])
        #expect(none.output.contains("No annotations."))
        #expect(none.read.isEmpty)
    }

    /// Once an article's notes are anchored in its text and the hash recorded (here by `notes
    /// import`), `notes list` does not read it while the file is unchanged; once edited, it is
    /// read and its notes follow the edit — never a stale anchor.
    @Test func anArticleUnchangedSinceItsNotesWereAnchoredIsNotReadAndAnEditedOneIs() throws {
        let noted = try NotedCollection()
        let w = noted.workspace
        // Importing its own export re-anchors the notes' articles, recording their text hashes.
        let exported = w.root.appendingPathComponent("notes.jsonld").path
        #expect(try w.run(["export", "--format", "w3c", "--output", exported], content: w.content).status == 0)
        let imported = try w.run(["import", exported], content: w.content)
        #expect(imported.status == 0, "\(imported.standardError)")

        func listed() throws -> (notes: [[String: Any]], read: [String]) {
            let listing = try noted.list(["--json"])
            let notes = try JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [[String: Any]] ?? []
            return (notes, listing.read)
        }
        func hussain(_ notes: [[String: Any]]) -> (start: Int, status: String) {
            let note = notes.first { $0["article"] as? String == "hussain" }
            return (note?["start"] as? Int ?? -1, note?["anchor_status"] as? String ?? "")
        }

        let unchanged = try listed()
        #expect(unchanged.notes.count == 2)
        #expect(unchanged.read.isEmpty, "no article changed since its notes were anchored: \(unchanged.read)")
        let before = hussain(unchanged.notes)
        #expect(before.status == "exact")

        // A paragraph inserted before the quote: only hussain is read, and its note follows.
        try w.edit("hussain") { $0.replacingOccurrences(of: "# Abstract\n\n", with: "# Abstract\n\nAn editor's note, inserted first.\n\n") }
        let moved = try listed()
        #expect(moved.read == ["hussain"])
        let after = hussain(moved.notes)
        #expect(after.start > before.start && after.status == "reanchored", "\(after) after \(before)")

        // The quote itself gone: the note is listed as orphaned, in text and JSON alike.
        try w.edit("hussain") { $0.replacingOccurrences(of: NotesCLITests.quotes.abstract, with: "a different sentence altogether") }
        #expect(hussain(try listed().notes).status == "orphaned")
        let text = try w.run(["list", "--article", "hussain"], content: w.content)
        #expect(text.standardOutput.contains("[orphaned]"), "\(text.standardOutput)")
    }
}
