import Foundation
import Testing

/// The real binary in tmux: the reader's first frame, the walk the issue describes, and
/// the terminal given back after quitting.
@Suite("Reader end to end (tmux)", .serialized)
struct ReaderEndToEndTests {
    @Test func readerWalkThrough() throws {
        guard let tmux = Tmux.find() else {
            print("ReaderEndToEndTests: tmux is not installed; skipping the reader's end-to-end test")
            return
        }
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: state) }
        let session = Tmux(executable: tmux, name: "dossier-e2e-\(getpid())")
        defer { session.kill() }
        let command = "env DOSSIER_STATE_DIR='\(state.path)' DOSSIER_NOTES='\(state.path)/notes.sqlite' TERM=xterm-256color LANG=C.UTF-8 '\(DossierProcess.binary)' --content '\(DossierProcess.bundledContent)'; echo EXITED; sleep 30"
        try session.start(width: 120, height: 40, command: "sh -c \"\(command)\"")

        // First frame: the first article and its sections; then the timeline loads.
        try session.waitFor("Sections · 5 articles")
        // ("events" alone would match "Loading the events…": wait for the count.)
        try session.waitUntil("the timeline", timeout: 20) { $0.contains("Timeline · ") && !$0.contains("Timeline · loading") }

        // Open the third article (hanif) from the browser.
        try session.keys("1", "g", "Left", "j", "j", "Enter")
        var screen = try session.waitFor("Reading · Pakistan-Russia Relations: Progress")
        #expect(screen.contains("▾ hanif"))
        #expect(screen.contains(" hanif · Abstract"))

        // Its second section.
        try session.keys("j", "j", "Enter")
        screen = try session.waitFor(" hanif · Introduction")
        #expect(screen.contains("│› Introduction"))

        // Focus the timeline: it follows the reading, on the dissolution of the USSR.
        try session.keys("3")
        screen = try session.waitFor("TIMELINE")
        #expect(screen.contains("The dissolution of the"))

        // Jump to the event's telling here, then to another article's.
        try session.keys("Enter")
        screen = try session.waitFor(" · telling ")
        #expect(screen.components(separatedBy: "\n").last { $0.contains("TIMELINE") }?.hasPrefix(" hanif · ") == true, "\(screen)")
        try session.keys("t")
        // The status line: the other article · its section, then the telling's date and quote.
        screen = try session.waitUntil("another article's telling") { screen in
            let status = screen.components(separatedBy: "\n").last { $0.contains("TIMELINE") } ?? ""
            return status.contains(" · article ") && !status.hasPrefix(" hanif · ")
                && !screen.contains("Reading · Pakistan-Russia Relations: Progress")
        }
        #expect(!screen.contains("Reading · Pakistan-Russia Relations: Progress"))

        // Back to hanif.
        try session.keys("C-o")
        screen = try session.waitFor("Reading · Pakistan-Russia Relations: Progress")
        #expect(screen.contains(" hanif · Introduction"))

        // Search the collection for Tashkent; open hanif's first hit.
        try session.keys("s")
        try session.literal("Tashkent")
        try session.keys("Enter")
        screen = try session.waitFor("“Tashkent” in all articles")
        #expect(screen.contains("hussain — "))
        #expect(screen.contains("hanif — "))
        #expect(screen.contains("chronology — "))
        try session.keys("Down", "Down", "Down", "Enter")
        screen = try session.waitFor("“Tashkent” in hanif")
        #expect(screen.contains("Tashkent"))
        #expect(screen.contains("│› Introduction") == false)

        // Open a footnote: the marker [17] follows the match within a line or two.
        var opened = false
        for _ in 0..<4 {
            try session.keys("Enter")
            if let popup = try? session.waitFor("Footnote 1", timeout: 1.5) {
                screen = popup
                opened = true
                break
            }
            try session.keys("j")
        }
        #expect(opened, "no footnote popup:\n\(screen)")
        try session.keys("Escape")
        screen = try session.waitForAbsence("┌─ Footnote")

        // Resize: narrow, too small, and back, keeping the place.
        try session.resize(width: 80, height: 24)
        // Until the reader redraws, tmux shows the old screen cut to the new size.
        screen = try session.waitUntil("the 80×24 reading screen") { !$0.contains("│") && $0.contains(" hanif · ") }
        #expect(screen.contains(" Reading · Pakistan-Russia Relations"))
        #expect(screen.contains("Tashkent"))
        try session.resize(width: 30, height: 8)
        screen = try session.waitFor("Terminal too small")
        try session.resize(width: 120, height: 40)
        screen = try session.waitFor("Sections · 5 articles")
        #expect(screen.contains("Tashkent"))
        #expect(screen.contains(" hanif · "))

        // Quit: the terminal is given back (the shell's echo runs, the reader is gone).
        try session.keys("q")
        screen = try session.waitFor("EXITED")
        #expect(!screen.contains("Sections · 5 articles"))
        #expect(!screen.contains("│"))
        let positions = try String(contentsOf: state.appendingPathComponent("positions.json"), encoding: .utf8)
        #expect(positions.contains("\"lastArticle\" : \"hanif\""))
    }

    /// Issue 13: from hussain's passage that dates the U-2 incident to 1962, one key opens
    /// the event's card, which shows what each article says: 1962 and May 1960; `s` shows
    /// hussain and the assignment side by side with both dates marked.
    @Test func eventCardFromThePassage() throws {
        guard let tmux = Tmux.find() else {
            print("ReaderEndToEndTests: tmux is not installed; skipping the event card's end-to-end test")
            return
        }
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-card-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: state) }
        let session = Tmux(executable: tmux, name: "dossier-e2e-card-\(getpid())")
        defer { session.kill() }
        let command = "env DOSSIER_STATE_DIR='\(state.path)' DOSSIER_NOTES='\(state.path)/notes.sqlite' TERM=xterm-256color LANG=C.UTF-8 '\(DossierProcess.binary)' --content '\(DossierProcess.bundledContent)'; echo EXITED; sleep 30"
        try session.start(width: 120, height: 40, command: "sh -c \"\(command)\"")
        try session.waitFor("Sections · 5 articles")
        try session.waitUntil("the timeline", timeout: 20) { $0.contains("Timeline · ") && !$0.contains("Timeline · loading") }

        // hussain (the first article): the search puts the cursor line on the passage.
        try session.keys("/")
        try session.literal("\"in 1962 the Soviets captured\"")
        try session.keys("Enter")
        var screen = try session.waitFor("Match 1 of 1 ")
        #expect(screen.contains("▸! 1960  The U-2 incident"), "the timeline follows the cursor line:\n\(screen)")

        try session.keys("e")
        screen = try session.waitFor("┌─ The U-2 incident")
        #expect(screen.contains("May 1960"))
        #expect(screen.contains("hussain says: 1962"))
        #expect(screen.contains("assignment says: May 1960"))

        // s: hussain and the assignment side by side, both dates marked in the conflict style.
        try session.keys("s")
        screen = try session.waitFor("SIDE BY SIDE")
        let titles = screen.components(separatedBy: "\n").first ?? ""
        #expect(titles.contains("hussain · as told: 1962") && titles.contains("assignment · as told: May 1960"), "one row, two sides:\n\(screen)")
        let styled = try session.capture(escapes: true).components(separatedBy: "\n")
        let hussainLine = try #require(styled.first { $0.contains("1962\u{1B}") && $0.contains("Soviets captured") }, "\(styled)")
        let assignmentLine = try #require(styled.first { $0.contains("spy plane incident in") }, "\(styled)")
        for (date, line) in [("1962", hussainLine), ("May 1960", assignmentLine)] {
            // The theme's conflict style: bold and red, or bold and reversed without colours.
            let parameters = Set(Self.styleBefore(date, in: line).split { !$0.isNumber }.map(String.init))
            #expect(parameters.contains("1") && (parameters.contains("31") || parameters.contains("7")),
                    "\(date) in the conflict style: \(parameters) in \(line.debugDescription)")
        }

        // Esc: the card again; Esc: the reading position as it was.
        try session.keys("Escape")
        screen = try session.waitFor("┌─ The U-2 incident")
        try session.keys("Escape")
        screen = try session.waitForAbsence("┌─ The U-2 incident")
        let status = screen.components(separatedBy: "\n").last { $0.contains("READING") } ?? ""
        #expect(status.hasPrefix(" hussain · Historical Recount"), "back where the reader was:\n\(screen)")
        try session.keys("q")
        try session.waitFor("EXITED")
    }

    /// The escape sequences just before the first `text` in a `capture-pane -e` line.
    static func styleBefore(_ text: String, in line: String) -> String {
        guard let found = line.range(of: text) else { return "" }
        var sequences = ""
        var before = line[..<found.lowerBound]
        // Peel off whole SGR sequences (ESC [ … m) from the end.
        while before.hasSuffix("m"), let escape = before.lastIndex(of: "\u{1B}") {
            sequences = String(before[escape...]) + sequences
            before = before[..<escape]
        }
        return sequences
    }

    @Test func entityPageFromTheFilterList() throws {
        guard let tmux = Tmux.find() else {
            print("ReaderEndToEndTests: tmux is not installed; skipping the entity page's end-to-end test")
            return
        }
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-entity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: state) }
        let session = Tmux(executable: tmux, name: "dossier-e2e-entity-\(getpid())")
        defer { session.kill() }
        let command = "env DOSSIER_STATE_DIR='\(state.path)' DOSSIER_NOTES='\(state.path)/notes.sqlite' TERM=xterm-256color LANG=C.UTF-8 '\(DossierProcess.binary)' --content '\(DossierProcess.bundledContent)'; echo EXITED; sleep 30"
        try session.start(width: 120, height: 40, command: "sh -c \"\(command)\"")
        try session.waitFor("Sections · 5 articles")
        try session.waitUntil("the timeline", timeout: 20) { $0.contains("Timeline · ") && !$0.contains("Timeline · loading") }

        // The f list, typed down to one name.
        try session.keys("3", "f")
        try session.waitFor("Filter the timeline")
        try session.literal("zulfi")
        var screen = try session.waitFor(" filter: zulfi (1 of ")
        #expect(screen.contains("entity  Zulfikar Ali Bhutto ("))
        #expect(!screen.contains("entity  Benazir Bhutto"))

        // Enter: the entity's page, with its aliases, events and the passages naming it.
        try session.keys("Enter")
        screen = try session.waitFor("┌─ Zulfikar Ali Bhutto")
        #expect(screen.contains("person · zulfikar-ali-bhutto"))
        #expect(screen.contains("Also: Bhutto; Z.A. Bhutto"))
        #expect(screen.contains("Events ("))

        // The first passage comes after the events: Down past them, Enter jumps there.
        let header = try #require(screen.components(separatedBy: "\n").first { $0.contains("Events (") })
        let count = try #require(Int(header.components(separatedBy: "Events (")[1].prefix { $0.isNumber }))
        for _ in 0..<count { try session.keys("Down") }
        try session.keys("Enter")
        screen = try session.waitFor("Zulfikar Ali Bhutto in ")
        #expect(!screen.contains("┌─ Zulfikar Ali Bhutto"))
        // The reading pane's cursor line (›) is on the passage, which names him.
        #expect(screen.components(separatedBy: "\n").contains { $0.contains("│›") && $0.contains("Bhutto") }, "the cursor line names him:\n\(screen)")

        try session.keys("Escape", "q")
        try session.waitFor("EXITED")
    }

    @Test func withoutATerminalTheReaderExplainsAndExits() throws {
        let output = try DossierProcess.run(["--content", DossierProcess.bundledContent])
        #expect(output.status == 1)
        #expect(output.standardError.contains("not a terminal"))
        #expect(output.standardOutput.isEmpty)
    }

    @Test func dumbTerminalIsRefused() throws {
        guard let tmux = Tmux.find() else {
            print("ReaderEndToEndTests: tmux is not installed; skipping the TERM=dumb test")
            return
        }
        let session = Tmux(executable: tmux, name: "dossier-e2e-dumb-\(getpid())")
        defer { session.kill() }
        let command = "env TERM=dumb '\(DossierProcess.binary)' --content '\(DossierProcess.bundledContent)'; echo STATUS=\\$?; sleep 30"
        try session.start(width: 100, height: 20, command: "sh -c \"\(command)\"")
        let screen = try session.waitFor("STATUS=")
        #expect(screen.contains("TERM=dumb"))
        #expect(screen.contains("STATUS=1"))
    }
}

/// A detached tmux session driven by `send-keys` and read by `capture-pane`.
struct Tmux {
    let executable: String
    let name: String
    /// A tmux server of the test's own (`-L`), for server options such as
    /// `set-clipboard` that must not reach other sessions; `nil`: the default server.
    var socketName: String? = nil

    static func find() -> String? {
        for directory in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin"] {
            let path = directory + "/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a tmux command; only `capture` reads its output. (The first command starts the
    /// tmux server, which keeps whatever it was given as output open: never a pipe.)
    @discardableResult
    func run(_ arguments: [String], capture: Bool = false) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        let server = socketName.map { ["-L", $0] } ?? []
        return try SpawnedCommand.run(executable, server + arguments, environment: environment, capture: capture).output
    }

    /// Starts `command`; the reader's content index goes to this test run's cache, never the user's.
    func start(width: Int, height: Int, command: String) throws {
        try run(["new-session", "-d", "-e", "DOSSIER_CACHE_DIR=\(DossierProcess.cacheDirectory)", "-s", name,
                 "-x", "\(width)", "-y", "\(height)", command])
    }

    func keys(_ keys: String...) throws {
        for key in keys {
            try run(["send-keys", "-t", name, key])
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func literal(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen's text; with `escapes`, with its styles as escape sequences (`-e`).
    func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", name], capture: true)
    }

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    /// Polls the screen until it contains `text`; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "'\(text)' did not appear within \(timeout)s; screen:\n\(screen)")
    }

    /// Polls the screen until `accepts` says yes.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 10, _ accepts: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if accepts(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "no \(what) after \(timeout)s:\n\(screen)")
    }

    /// Polls the screen until it no longer contains `text`.
    @discardableResult
    func waitForAbsence(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if !screen.contains(text) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "'\(text)' still on screen after \(timeout)s:\n\(screen)")
    }

    func kill() {
        _ = try? run(["kill-session", "-t", name])
    }
}
