import Foundation
import Testing

/// The `[[` completion in the real reader, in tmux: write a note with `[[ev`, pick an
/// event from the list, save, and follow the link.
extension NotesReaderEndToEndTests {
    @Test func aLinkCompletedFromTheListIsSavedAndFollowed() throws {
        guard let tmux = Tmux.find() else {
            print("LinkCompletionEndToEndTests: tmux is not installed; skipping")
            return
        }
        let workspace = try Workspace()
        let session = try startReader(workspace, tmux: tmux, run: 11)
        defer { session.kill() }
        try openIntroduction(session)
        try session.keys("v", ")")
        try session.waitFor(" SELECT ")
        try session.keys("a")
        try session.waitFor("┌─ New note")
        try session.literal("Told here: [[ev")
        var screen = try session.waitFor("Link: [[ev")
        #expect(screen.contains("Enter insert · Esc keep the text"))
        #expect(line(of: "Link: [[ev", in: screen) != nil)
        try session.literal("ent:soviet-diss")
        screen = try session.waitFor("event    soviet-dissolution-1991")
        try session.keys("Enter")
        screen = try session.waitFor("Told here: [[event:\(Self.event)]]")
        #expect(!screen.contains("Link: [["))
        try session.keys("C-s")
        screen = try session.waitFor("Saved the note on")
        #expect(screen.contains("✎1991  The dissolution of the"))
        // Follow it from the notes pane.
        try session.keys("Escape", "4", "l")
        try session.waitFor("Event: The dissolution of the Soviet Union")
        try session.keys("Escape", "q")
        try session.waitFor("EXITED")

        let notes = try workspace.notesJSON()
        #expect(notes.count == 1)
        #expect(notes.first?["links"] as? [String] == ["[[event:\(Self.event)]]"])
        #expect((notes.first?["handle"] as? String)?.count == 4)
    }
}
