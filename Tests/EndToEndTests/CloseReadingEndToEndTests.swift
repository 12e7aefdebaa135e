import Foundation
import Testing

/// The keys of close reading in the real reader, in tmux: a mark set, left and come back
/// to, still there after a restart (and listed by `M`); `y` putting the sentence and its
/// citation on tmux's clipboard through OSC 52 and in `clipboard.txt`; a search typed in
/// one run found again with Up in the next.
@Suite("Close reading keys end to end (tmux)", .serialized)
struct CloseReadingEndToEndTests {
    static let firstSentence = "In the Cold War period relations between Pakistan and the then USSR remained generally uneasy barring some diplomatic initiatives for improvement."

    @Test func marksSurviveARestartAndYCopiesThroughOSC52() throws {
        guard let tmux = Tmux.find() else {
            print("CloseReadingEndToEndTests: tmux is not installed; skipping")
            return
        }
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-keys-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: state) }
        // A server of its own: set-clipboard is a server option.
        let session = Tmux(executable: tmux, name: "dossier-keys-\(getpid())", socketName: "dossier-keys-\(getpid())")
        defer { session.kill() }
        let command = "env -u NO_COLOR DOSSIER_STATE_DIR='\(state.path)' DOSSIER_NOTES='\(state.path)/notes.sqlite' TERM=xterm-256color LANG=C.UTF-8 '\(DossierProcess.binary)' --content '\(DossierProcess.bundledContent)'; echo EXITED; sleep 30"

        func startReader() throws {
            try session.start(width: 120, height: 40, command: "sh -c \"\(command)\"")
            try session.run(["set-option", "-s", "set-clipboard", "on"])
            try session.waitUntil("the timeline", timeout: 60) { $0.contains("Timeline · ") && !$0.contains("Timeline · loading") }
        }

        try startReader()
        try session.keys("1", "g", "Left", "j", "j", "Enter")
        try session.waitFor("Reading · Pakistan-Russia Relations: Progress")
        try session.keys("j", "j", "Enter", "2")
        try session.waitFor(" hanif · Introduction")

        // ma here; G to the end; 'a comes back.
        try session.keys("m", "a")
        try session.waitFor("Mark a: hanif · Introduction")
        try session.keys("G")
        try session.waitForAbsence(" hanif · Introduction")
        try session.keys("'", "a")
        try session.waitFor(" hanif · Introduction")

        // y on the first sentence: OSC 52 to tmux's clipboard, and clipboard.txt.
        try session.keys("c", ")", "y")
        try session.waitFor("Copied “In the Cold War period")
        let expected = "“\(Self.firstSentence)”\n— Muhammad Hanif, “Pakistan-Russia Relations: Progress, Prospects and Constraints”, 2013, § Introduction\n"
        let file = state.appendingPathComponent("clipboard.txt")
        #expect(try String(contentsOf: file, encoding: .utf8) == expected)
        #expect(try session.run(["show-buffer"], capture: true) == expected)

        // A search, for the next run's history.
        try session.keys("Escape", "/")
        try session.literal("Tashkent")
        try session.keys("Enter")
        try session.waitFor("Tashkent")
        try session.keys("q")
        try session.waitFor("EXITED")
        session.kill()

        // The next run: the mark is listed and still leads there; Up recalls the search.
        try startReader()
        try session.keys("M")
        let list = try session.waitFor(" MARKS ")
        #expect(list.contains("a  hanif · Introduction"))
        try session.keys("Escape", "'", "a")
        try session.waitFor(" hanif · Introduction")
        try session.keys("/", "Up")
        try session.waitFor("/Tashkent")
        try session.keys("Escape", "q")
        try session.waitFor("EXITED")
    }
}
