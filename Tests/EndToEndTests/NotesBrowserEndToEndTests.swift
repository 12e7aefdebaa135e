import Foundation
import Testing

/// The notes browser in the real reader in tmux: `A` opens it from anywhere, typing
/// filters, Enter jumps to the passage and back returns.
@Suite("The notes browser end to end (tmux)", .serialized)
struct NotesBrowserEndToEndTests {
    typealias Workspace = NotesReaderEndToEndTests.Workspace
    let notesTests = NotesReaderEndToEndTests()

    @Test func typeAFilterAndEnterJumpsToThePassage() throws {
        guard let tmux = Tmux.find() else {
            print("NotesBrowserEndToEndTests: tmux is not installed; skipping")
            return
        }
        let workspace = try Workspace()
        for (article, quote, text) in [
            ("hussain", "The Pakistan Steel Mill of Karachi", "Soviet aid made concrete"),
            ("hanif", NotesReaderEndToEndTests.sentence, "Russia as a major power again"),
        ] {
            let added = try DossierProcess.run(["notes", "add", "--article", article, "--quote", quote, "--text", text,
                                                "--content", workspace.content, "--notes", workspace.notes])
            #expect(added.status == 0, "\(added.standardError)")
        }
        let session = try notesTests.startReader(workspace, tmux: tmux, run: 20)
        defer { session.kill() }
        try notesTests.openIntroduction(session)
        let before = try session.waitFor(" hanif · Introduction")

        try session.keys("A")
        var screen = try session.waitFor("All notes")
        #expect(screen.contains("2 notes · in document order"))
        try session.literal("steel")
        // The whole word first: after "ste" the list is already one note, but another one.
        screen = try session.waitFor("Find: steel")
        #expect(screen.contains("1 note · in document order"))
        #expect(screen.contains("Soviet aid made concrete"))
        #expect(!screen.contains("Russia as a major power again"))
        try session.keys("Enter")
        screen = try session.waitFor(" hussain · Lost Opportunities")
        #expect(!screen.contains("All notes"))
        #expect(screen.contains("Steel"))
        try session.keys("H")
        screen = try session.waitFor(" hanif · Introduction")
        // The same place ("hanif · Introduction · 5%"), back in the reading pane.
        let place = { (screen: String) in notesTests.line(of: "hanif · Introduction", in: screen)?.components(separatedBy: "  ").first }
        #expect(place(screen) == place(before))
    }
}
