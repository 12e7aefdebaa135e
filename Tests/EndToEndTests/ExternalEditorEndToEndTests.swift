import Foundation
import Testing

/// The real `vim` as `$EDITOR`, and the terminal's own keys, in the real reader in tmux.
///
/// vim reads the terminal and queries it, so it works only in the terminal's foreground
/// process group, and its late answers must not reach the reader as keys — which a script
/// standing in for the editor would never show.
@Suite("The external editor and terminal keys end to end (tmux)", .serialized)
struct ExternalEditorEndToEndTests {
    typealias Workspace = NotesReaderEndToEndTests.Workspace
    let notesTests = NotesReaderEndToEndTests()

    static var vim: String? {
        ["/usr/bin/vim", "/usr/local/bin/vim", "/opt/homebrew/bin/vim"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The status line's place: "hanif · Introduction · 5%".
    func place(in screen: String) -> String? {
        let status = screen.components(separatedBy: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return status?.components(separatedBy: "  ").first?.trimmingCharacters(in: .whitespaces)
    }

    @Test func vimWritesANoteWithWqAndLeavesItAloneWithQBang() throws {
        guard let tmux = Tmux.find(), let vim = Self.vim else {
            print("ExternalEditorEndToEndTests: tmux or vim is not installed; skipping the vim test")
            return
        }
        let workspace = try Workspace()
        let command = workspace.readerCommand(environment: ["EDITOR='\(vim) -u NONE'"])
        let session = try notesTests.startReader(workspace, tmux: tmux, run: 10, command: command)
        defer { session.kill() }
        try notesTests.openIntroduction(session)
        try session.keys("v", ")")
        let selecting = try session.waitFor(" SELECT ")
        let before = try #require(place(in: selecting))
        #expect(before.hasPrefix("hanif · Introduction"))

        // E on the selection: vim owns the terminal, takes typing, :wq saves the note.
        try session.keys("E")
        try session.waitFor("dossier-note-")
        try session.keys("i")
        try session.literal("Typed in vim")
        try session.keys("Escape")
        try session.waitFor("Typed in vim")
        try session.keys(":wq", "Enter")
        var screen = try session.waitFor("Saved the note on “After Cold War's end")
        #expect(place(in: screen) == before)
        #expect(screen.contains(" CURSOR "))
        var notes = try workspace.notesJSON()
        #expect(notes.count == 1)
        #expect(notes.first?["body"] as? String == "Typed in vim")
        #expect(notes.first?["quote"] as? String == NotesReaderEndToEndTests.sentence)

        // E on that note: vim shows its text; :q! changes nothing.
        try session.keys("E")
        screen = try session.waitFor("dossier-note-")
        #expect(screen.hasPrefix("Typed in vim"))
        try session.keys("i")
        try session.literal("DISCARDED ")
        try session.keys("Escape", ":q!", "Enter")
        screen = try session.waitFor("No changes to the note")
        #expect(place(in: screen) == before)
        #expect(screen.contains(" CURSOR "))
        notes = try workspace.notesJSON()
        #expect(notes.count == 1)
        #expect(notes.first?["body"] as? String == "Typed in vim")

        // vim failing (:cq exits with status 1) changes nothing either.
        try session.keys("E")
        try session.waitFor("dossier-note-")
        try session.keys("i")
        try session.literal("FAILED ")
        try session.keys("Escape", ":cq", "Enter")
        screen = try session.waitFor("exited with status 1; the note is unchanged")
        #expect(try workspace.notesJSON().map { $0["body"] as? String } == ["Typed in vim"])

        // Nothing vim left on the terminal was read as keys: the reader is where it was.
        Thread.sleep(forTimeInterval: 0.3)
        screen = try session.capture()
        #expect(place(in: screen) == before)
        #expect(!screen.contains("does nothing here"))

        // Ctrl-X in the note popup goes on writing in vim and brings the text back to save.
        try session.keys("j", "v", ")", "a")
        try session.waitFor("┌─ New note")
        try session.literal("Short")
        try session.waitFor("Short")
        try session.keys("C-x")
        try session.waitFor("dossier-note-")
        try session.keys("A")
        try session.literal(" and more")
        try session.keys("Escape", ":wq", "Enter")
        screen = try session.waitFor("Short and more")
        #expect(screen.contains("┌─ New note"))
        try session.keys("C-s")
        try session.waitFor("Saved the note on")
        #expect(Set(try workspace.notesJSON().compactMap { $0["body"] as? String }) == ["Typed in vim", "Short and more"])
        try session.keys("Escape", "q")
        try session.waitFor("EXITED")
    }

    @Test(arguments: ["xterm-256color", "tmux-256color"])
    func homeAndEndMoveInTheNoteEditorAndUnknownSequencesTypeNothing(term: String) throws {
        guard let tmux = Tmux.find() else {
            print("ExternalEditorEndToEndTests: tmux is not installed; skipping the keys test")
            return
        }
        let workspace = try Workspace()
        let run = term.hasPrefix("xterm") ? 11 : 12
        let session = try notesTests.startReader(workspace, tmux: tmux, run: run, command: workspace.readerCommand(term: term))
        defer { session.kill() }
        try notesTests.openIntroduction(session)
        try session.keys("v", ")", "a")
        try session.waitFor("┌─ New note")
        try session.literal("abc")
        try session.keys("Home")
        try session.literal("X")
        try session.keys("End")
        try session.literal("Z")
        // A sequence no terminfo entry names (a modified F-key of some other terminal).
        try session.run(["send-keys", "-t", session.name, "-H"] + Array("\u{1B}[99;9~".utf8).map { String(format: "%02x", $0) })
        try session.literal("W")
        let screen = try session.waitFor("XabcZW")
        #expect(!screen.contains("[4~") && !screen.contains("[1~") && !screen.contains("99;9"))
        try session.keys("C-s")
        try session.waitFor("Saved the note on")
        try session.keys("Escape", "q")
        try session.waitFor("EXITED")
        let notes = try workspace.notesJSON()
        #expect(notes.first?["body"] as? String == "XabcZW")
    }
}
