import Foundation
import Testing

/// Notes in the real reader, in tmux: select a sentence, annotate it with a link to the
/// event it tells, save, quit; start again and find the highlight, the note, the link
/// and the event's backlink; edit a temporary copy of the Content and find the note
/// following its passage.
@Suite("Notes in the reader end to end (tmux)", .serialized)
struct NotesReaderEndToEndTests {
    /// The sentence of hanif's Introduction the test annotates, and the event it tells.
    static let sentence = "After Cold War's end and USSR's disintegration in 1991, the successor state Russia has regained and consolidated its politico-economic and military status as a major world power."
    static let event = "soviet-dissolution-1991"
    static let inserted = "An inserted paragraph, written by the end-to-end test, moves every passage after it."

    /// A temporary folder: a copy of the Content (symlinks resolved; the repository's
    /// Content is never touched), the notes database, the reader's state directory.
    final class Workspace {
        let root: URL
        var content: String { root.appendingPathComponent("Content").path }
        var notes: String { root.appendingPathComponent("notes.sqlite").path }
        var state: String { root.appendingPathComponent("state").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-notes-reader-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(atPath: root.appendingPathComponent("state").path, withIntermediateDirectories: true)
            let source = URL(fileURLWithPath: DossierProcess.bundledContent).resolvingSymlinksInPath().path
            let copy = Process()
            copy.executableURL = URL(fileURLWithPath: "/bin/cp")
            copy.arguments = ["-RL", source, content]
            try copy.run()
            copy.waitUntilExit()
            guard copy.terminationStatus == 0,
                  (try FileManager.default.attributesOfItem(atPath: content)[.type] as? FileAttributeType) == .typeDirectory else {
                throw CocoaError(.fileWriteUnknown)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// The reader's command line in tmux (colours on, whatever the tmux server's environment).
        var readerCommand: String { readerCommand() }

        /// The reader's command line with another `TERM`, more environment (`NAME=value` words)
        /// and run through `launcher` (such as `setpriv …`) when given.
        func readerCommand(term: String = "xterm-256color", environment: [String] = [], launcher: String = "") -> String {
            let extra = environment.map { $0 + " " }.joined()
            return "env -u NO_COLOR -u VISUAL \(extra)DOSSIER_STATE_DIR='\(state)' TERM=\(term) LANG=C.UTF-8 \(launcher) '\(DossierProcess.binary)' --content '\(content)' --notes '\(notes)'; echo EXITED; sleep 30"
        }

        /// `dossier notes list --json` on the copy.
        func notesJSON() throws -> [[String: Any]] {
            let output = try DossierProcess.run(["notes", "list", "--json", "--content", content, "--notes", notes])
            #expect(output.status == 0, "\(output.standardError)")
            return try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]] ?? []
        }

        /// Inserts a paragraph before the one holding `passage` in the copy of `article`.
        func insertParagraph(_ paragraph: String, before passage: String, in article: String) throws {
            let path = content + "/articles/\(article).md"
            precondition(path.hasPrefix(root.path), "edits only ever touch the temporary copy")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let start = try #require(text.range(of: passage)?.lowerBound)
            let lineStart = text[..<start].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
            try (String(text[..<lineStart]) + paragraph + "\n\n" + String(text[lineStart...])).write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// Opens hanif's Introduction and puts the cursor on its second sentence.
    func openIntroduction(_ session: Tmux) throws {
        try session.waitFor("No notes in this", timeout: 20)
        try session.keys("1", "g", "Left", "j", "j", "Enter")
        try session.waitFor("Reading · Pakistan-Russia Relations: Progress")
        try session.keys("j", "j", "Enter", "2")
        try session.waitFor(" hanif · Introduction")
        try session.keys("c")
        try session.waitFor(" CURSOR ")
        try session.keys(")", ")")
    }

    /// A reader started in a new tmux session, waited for until its notes are loaded.
    func startReader(_ workspace: Workspace, tmux: String, run: Int, command: String? = nil, launcher: String = "") throws -> Tmux {
        let session = Tmux(executable: tmux, name: "dossier-notes-e2e-\(getpid())-\(run)")
        try session.start(width: 120, height: 40, command: "sh -c \"\(command ?? workspace.readerCommand(launcher: launcher))\"")
        try session.waitFor("Sections · 5 articles", timeout: 20)
        try session.waitUntil("the timeline", timeout: 20) { $0.contains("Timeline · ") && !$0.contains("Timeline · loading") }
        return session
    }

    /// The line of `screen` holding `text`.
    func line(of text: String, in screen: String) -> String? {
        screen.components(separatedBy: "\n").first { $0.contains(text) }
    }

    @Test func annotateQuitRestartAndFollowAnEditedPassage() throws {
        guard let tmux = Tmux.find() else {
            print("NotesReaderEndToEndTests: tmux is not installed; skipping the notes end-to-end test")
            return
        }
        let workspace = try Workspace()

        // 1. Open hanif's Introduction, select its second sentence and annotate it.
        var session = try startReader(workspace, tmux: tmux, run: 1)
        defer { session.kill() }
        try openIntroduction(session)
        try session.keys("v", ")")
        var screen = try session.waitFor(" SELECT ")
        #expect(screen.contains("h highlight  a note  o other end"))
        try session.keys("a")
        screen = try session.waitFor("┌─ New note")
        #expect(screen.contains("“After Cold War's end and USSR's disintegration in 1991"))
        #expect(screen.contains("Ctrl-S save · Esc cancel"))
        try session.literal("Told here: [[event:\(Self.event)]]")
        try session.waitFor("Told here: [[event:\(Self.event)]]", timeout: 20)
        try session.keys("C-s")
        screen = try session.waitFor("Saved the note on")
        #expect(!screen.contains("┌─ New note"))
        #expect(screen.contains("✎ “After Cold War's end"))
        #expect(screen.contains("✎1991  The dissolution of the"))
        try session.keys("Escape", "q")
        try session.waitFor("EXITED")
        session.kill()

        // The store has it, with the link, on the sentence that tells the event.
        var notes = try workspace.notesJSON()
        #expect(notes.count == 1)
        let note = try #require(notes.first)
        #expect(note["quote"] as? String == Self.sentence)
        #expect(note["article"] as? String == "hanif")
        #expect(note["kind"] as? String == "note")
        #expect(note["anchor_status"] as? String == "exact")
        #expect((note["links"] as? [String]) == ["[[event:\(Self.event)]]"])
        let start = try #require(note["start"] as? Int)
        let event = try DossierProcess.run(["event", Self.event, "--json", "--content", workspace.content])
        #expect(event.status == 0)
        #expect(event.standardOutput.contains("\"quote\" : \"After Cold War's end and USSR's disintegration in 1991\""))

        // 2. Start again: the highlight, the note and the link are there; the event shows the backlink.
        session = try startReader(workspace, tmux: tmux, run: 2)
        screen = try session.waitFor("✎ “After Cold War's end", timeout: 20)
        #expect(screen.contains(" hanif · Introduction"))
        #expect(screen.contains("Told here: [[event:"))
        #expect(screen.contains("✎1991  The dissolution of the"))
        // The passage is drawn in the note style (black on the notes' colour, underlined).
        let coloured = try session.run(["capture-pane", "-p", "-e", "-t", session.name], capture: true)
        let passage = try #require(line(of: "After Cold", in: coloured))
        let before = try #require(passage.range(of: "After Cold"))
        #expect(passage[..<before.lowerBound].hasSuffix("m"), "no style change before the passage: \(passage)")
        #expect(passage.contains("48;5;153"), "no note highlight on: \(passage)")
        // Follow the note's link from the notes pane; the timeline lists the note as a backlink.
        try session.keys("4", "l")
        try session.waitFor("Event: The dissolution of the Soviet Union")
        try session.keys("3", "r")
        screen = try session.waitFor("Related to: The dissolution of the Soviet Union · 1 note links here")
        #expect(screen.contains("✎ note          hanif      “After Cold War's end"))
        try session.keys("Escape", "q")
        try session.waitFor("EXITED")
        session.kill()

        // 3. Edit the copy of the Content: a paragraph before the passage. The note follows it.
        try workspace.insertParagraph(Self.inserted, before: "In the Cold War period relations between Pakistan", in: "hanif")
        session = try startReader(workspace, tmux: tmux, run: 3)
        screen = try session.waitFor("✎ ↻ “After Cold War's end", timeout: 20)
        #expect(screen.contains("An inserted paragraph, written by the end-to-end test"))
        let moved = try #require(line(of: "After Cold War's end and", in: screen))
        #expect(moved.contains("│"))
        let recoloured = try session.run(["capture-pane", "-p", "-e", "-t", session.name], capture: true)
        #expect(line(of: "After Cold", in: recoloured)?.contains("48;5;153") == true)
        try session.keys("q")
        try session.waitFor("EXITED")
        session.kill()

        notes = try workspace.notesJSON()
        #expect(notes.count == 1)
        let followed = try #require(notes.first)
        #expect(followed["quote"] as? String == Self.sentence)
        #expect(followed["anchor_status"] as? String == "reanchored")
        let newStart = try #require(followed["start"] as? Int)
        // The paragraph and the blank line between blocks (two scalars in the plain text).
        #expect(newStart == start + Self.inserted.unicodeScalars.count + 2)
        #expect(followed["end"] as? Int == newStart + Self.sentence.unicodeScalars.count)
    }

    /// A notes database the user may only read (file and folder read-only; as root,
    /// the reader runs as `nobody`): its notes are shown, and nothing is written —
    /// the reader used to lose every note with "SQLite error 8".
    @Test func aReadOnlyDatabaseShowsItsNotes() throws {
        guard let tmux = Tmux.find() else {
            print("NotesReaderEndToEndTests: tmux is not installed; skipping the read-only test")
            return
        }
        let workspace = try Workspace()
        let added = try DossierProcess.run([
            "notes", "add", "--article", "hanif", "--quote", Self.sentence, "--text", "Read-only note",
            "--content", workspace.content, "--notes", workspace.notes,
        ])
        #expect(added.status == 0, "\(added.standardError)")
        let nobody: uid_t = 65534
        var launcher = ""
        if getuid() == 0 {
            launcher = "/usr/bin/setpriv --reuid=\(nobody) --regid=\(nobody) --clear-groups"
            for path in [workspace.root.path, workspace.notes, workspace.state] { #expect(chown(path, nobody, nobody) == 0) }
        }
        #expect(chmod(workspace.notes, 0o400) == 0)
        #expect(chmod(workspace.root.path, 0o555) == 0)
        defer { _ = chmod(workspace.root.path, 0o755) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: workspace.notes))
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted()

        let session = try startReader(workspace, tmux: tmux, run: 5, launcher: launcher)
        defer { session.kill() }
        try session.keys("1", "g", "Left", "j", "j", "Enter")
        try session.waitFor("Reading · Pakistan-Russia Relations: Progress")
        try session.keys("j", "j", "Enter", "2")
        try session.waitFor(" hanif · Introduction")
        let screen = try session.waitFor("✎ “After Cold War's end", timeout: 20)
        #expect(screen.contains("Read-only note"))
        try session.keys("q")
        try session.waitFor("EXITED")
        session.kill()

        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.notes)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted() == files)
    }

    /// Sends the bytes a terminal sends for a mouse action (xterm SGR encoding, 1-based
    /// columns and rows): what ncurses reads from a real mouse.
    func mouse(_ session: Tmux, button: Int, x: Int, y: Int, release: Bool = false) throws {
        let bytes = Array("\u{1B}[<\(button);\(x + 1);\(y + 1)\(release ? "m" : "M")".utf8)
        try session.run(["send-keys", "-t", session.name, "-H"] + bytes.map { String(format: "%02x", $0) })
        Thread.sleep(forTimeInterval: 0.1)
    }

    @Test func aMouseDragSelectsAndHHighlights() throws {
        guard let tmux = Tmux.find() else {
            print("NotesReaderEndToEndTests: tmux is not installed; skipping the mouse end-to-end test")
            return
        }
        let workspace = try Workspace()
        let session = try startReader(workspace, tmux: tmux, run: 4)
        defer { session.kill() }
        let screen = try session.waitFor("No notes in this", timeout: 20)
        // From the start of the abstract's first line to the middle of its second.
        let rows = screen.components(separatedBy: "\n")
        let row = try #require(rows.firstIndex { $0.contains("Pak-Russian relations have been marred") })
        let column = try #require(rows[row].range(of: "Pak-Russian").map { rows[row][..<$0.lowerBound].count })
        try mouse(session, button: 0, x: column, y: row)
        try mouse(session, button: 32, x: column + 12, y: row)
        try mouse(session, button: 32, x: column + 8, y: row + 1)
        try mouse(session, button: 0, x: column + 8, y: row + 1, release: true)
        try session.waitFor(" SELECT ")
        try session.keys("h")
        try session.waitFor("Highlighted “Pak-Russian relations have been marred")
        try session.keys("q")
        try session.waitFor("EXITED")
        let notes = try workspace.notesJSON()
        #expect(notes.count == 1)
        #expect(notes.first?["kind"] as? String == "highlight")
        let quote = notes.first?["quote"] as? String ?? ""
        #expect(quote.hasPrefix("Pak-Russian relations have been marred by historical legacies"))
    }
}
