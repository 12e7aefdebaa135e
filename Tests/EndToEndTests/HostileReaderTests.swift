import Foundation
import Testing

/// The reader on ``HostileCollection`` in tmux, every byte it writes recorded with `script`:
/// the escapes in the collection are shown as text, never obeyed, and `q` still quits.
@Suite("Hostile collection in the reader (tmux)", .serialized)
struct HostileReaderTests {
    @Test func readerShowsEscapesAsTextAndQuits() throws {
        guard let tmux = Tmux.find() else {
            print("HostileReaderTests: tmux is not installed; skipping")
            return
        }
        let hostile = try HostileCollection()
        let log = hostile.root.appendingPathComponent("terminal.log").path
        // A script file keeps the quoting simple: tmux runs it under `script`, which records the bytes.
        let runner = hostile.root.appendingPathComponent("reader.sh").path
        try """
            #!/bin/sh
            exec env DOSSIER_STATE_DIR='\(hostile.state)' DOSSIER_NOTES='\(hostile.notes)' TERM=xterm-256color LANG=C.UTF-8 \
            '\(DossierProcess.binary)' --content '\(hostile.content)'
            """.write(toFile: runner, atomically: true, encoding: .utf8)
        chmod(runner, 0o755)
        let session = Tmux(executable: tmux, name: "dossier-hostile-\(getpid())")
        defer { session.kill() }
        try session.start(width: 120, height: 40, command: "sh -c \"script -qfec '\(runner)' '\(log)'; echo EXITED; sleep 30\"")

        var screen = try session.waitFor("Sections · 3 articles")
        try session.waitFor("Timeline · ")
        // The title and the body are shown, each control as U+FFFD.
        screen = try session.waitFor("]0;pwned")
        #expect(screen.contains("\u{FFFD}]0;pwned\u{FFFD}"), "\(screen)")
        // Walk the article, open the timeline and the event, read the footnotes' cycle.
        try session.keys("2", "G", "g", "j", "j", "3", "Enter", "2", "Space", "Space")
        screen = try session.capture()
        #expect(screen.contains("\u{FFFD}"))

        // Nothing was obeyed: the pane keeps its title, no clipboard write reached tmux.
        let title = try session.run(["display-message", "-p", "-t", session.name, "#{pane_title}"], capture: true)
        #expect(!title.contains("pwned"), "pane title: \(title)")
        let buffers = try session.run(["list-buffers"], capture: true)
        #expect(!buffers.contains("pwned"), "tmux buffers: \(buffers)")

        try session.keys("q")
        screen = try session.waitFor("EXITED")
        #expect(!screen.contains("Sections · 3 articles"))

        // The recorded bytes: ncurses' own cursor and style sequences, never an OSC, a C1
        // control or a bidirectional control.
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: log)))
        #expect(bytes.count > 1000, "the reader drew its screens")
        let oscs = bytes.indices.dropLast().filter { bytes[$0] == 0x1B && bytes[$0 + 1] == UInt8(ascii: "]") }
        #expect(oscs.isEmpty, "OSC sequences at \(oscs.prefix(5).map { TerminalBytes.excerpt(bytes, $0) })")
        let text = String(decoding: bytes, as: UTF8.self)
        let forbidden = text.unicodeScalars.filter(TerminalBytes.isForbidden)
        #expect(forbidden.isEmpty, "\(forbidden.prefix(5).map { String(format: "U+%04X", $0.value) })")
        #expect(text.contains("]0;pwned"), "the payload was drawn as text")
    }
}
