import Foundation
import Testing

/// Every command of the real binary on ``HostileCollection``, through a pipe and through a
/// pseudo-terminal (`script`), asserting on the bytes written: nothing a terminal would obey
/// gets out — no ESC but the SGR styles `show` and `search` write themselves on a terminal,
/// no C0 but line feed and tab, no C1, no bidirectional controls.
@Suite("Hostile collection through the command line", .serialized)
struct HostileCollectionTests {
    /// One run of `dossier arguments…` through a pipe and through a terminal (unless `terminal` is false).
    struct Run {
        var arguments: [String]
        var pipe: DossierProcess.Output
        var tty: DossierProcess.Output
        var status: Int32 { pipe.status }
        var output: String { pipe.standardOutput }
        var error: String { pipe.standardError }
    }

    /// Runs `arguments` both ways and records every unsafe byte as a test issue naming the command.
    @discardableResult
    static func run(_ arguments: [String], _ collection: HostileCollection, terminal: Bool = true,
                    sourceLocation: SourceLocation = #_sourceLocation) throws -> Run {
        let environment = ["DOSSIER_STATE_DIR": collection.state, "XDG_DATA_HOME": collection.state,
                           "XDG_STATE_HOME": collection.state, "DOSSIER_NOTES": collection.notes]
        let pipe = try DossierProcess.run(arguments, environment: environment)
        let tty = terminal ? try Terminal.run(arguments, environment: environment) : pipe
        let name = arguments.joined(separator: " ").debugDescription
        // Styles are the binary's own only for `show` and `search`; nothing else may write an ESC.
        let styles = ["show", "search"].contains(arguments.first ?? "")
        #expect(TerminalBytes.problems(in: pipe.outputBytes).prefix(5) == [], "stdout of \(name)", sourceLocation: sourceLocation)
        #expect(TerminalBytes.problems(in: pipe.errorBytes).prefix(5) == [], "stderr of \(name)", sourceLocation: sourceLocation)
        if terminal {
            #expect(TerminalBytes.problems(in: tty.outputBytes, sgr: styles, tty: true).prefix(5) == [], "terminal of \(name)",
                    sourceLocation: sourceLocation)
            #expect(pipe.status == tty.status, "\(name): exit \(pipe.status) through a pipe, \(tty.status) on a terminal",
                    sourceLocation: sourceLocation)
        }
        return Run(arguments: arguments, pipe: pipe, tty: tty)
    }

    static let raw = HostileCollection.rawPayload

    @Test func collectionCommandsWriteOnlySafeBytes() throws {
        let hostile = try HostileCollection()
        let content = ["--content", hostile.content]

        let articles = try Self.run(["articles"] + content, hostile)
        #expect(articles.status == 0)
        #expect(articles.output.hasPrefix("evil "))
        // The text is there, made visible: U+FFFD where each control was.
        #expect(articles.output.contains("evil \u{FFFD}]0;pwned\u{FFFD} \u{FFFD}]52;c;cHduZWQ=\u{FFFD} \u{FFFD}[2J \u{FFFD}31m"))
        #expect(articles.error.contains("YAML value holds control character U+001B"))

        let json = try Self.run(["articles", "--json"] + content, hostile)
        let entries = try JSONSerialization.jsonObject(with: json.pipe.outputBytes) as? [[String: Any]] ?? []
        // Only the text is required, so the binary file loads too (its bytes made safe); the
        // file whose name holds an escape gets an id made from its name (reported by `check`).
        #expect(entries.map { $0["id"] as? String } == ["evil", "binary", "name-0-pwned-2j"])
        #expect((entries.first?["title"] as? String)?.hasPrefix("evil \u{FFFD}]0;pwned\u{FFFD}") == true)

        try Self.run(["toc", "evil"] + content, hostile)
        try Self.run(["toc", "evil", "--json"] + content, hostile)
        let show = try Self.run(["show", "evil"] + content, hostile)
        #expect(show.status == 0, "\(show.error)")
        #expect(show.output.contains("Raw escapes \u{FFFD}]0;pwned\u{FFFD}"))
        #expect(show.tty.standardOutput.contains("\u{1B}[1m"), "a terminal gets the styles show writes itself")
        try Self.run(["show", "evil", "--plain", "--width", "40"] + content, hostile)

        let search = try Self.run(["search", "pwned"] + content, hostile)
        #expect(search.status == 0)
        #expect(search.tty.standardOutput.contains("\u{1B}[1;7mpwned\u{1B}[0m"), "a terminal gets the highlight")
        try Self.run(["search", "pwned", "--json"] + content, hostile)

        try Self.run(["timeline"] + content, hostile)
        try Self.run(["timeline", "--json", "--conflicts"] + content, hostile)
        let event = try Self.run(["event", "evil-event"] + content, hostile)
        #expect(event.status == 0)
        #expect(event.output.contains("Event \u{FFFD}]0;pwned\u{FFFD}"))
        #expect(event.output.contains("Summary \u{FFFD}]0;pwned\u{FFFD}"))
        try Self.run(["event", "second-event", "--json"] + content, hostile)
        let entity = try Self.run(["entity", "mallory"] + content, hostile)
        #expect(entity.status == 0)
        #expect(entity.output.contains("Mallory \u{FFFD}]0;pwned\u{FFFD}"))
        #expect(entity.output.contains("Description \u{FFFD}]0;pwned\u{FFFD}"))
        try Self.run(["entity", "Mal", "--json"] + content, hostile)
        try Self.run(["--help"], hostile)
    }

    /// `check` reports a control character in any YAML value — front matter, collection.yaml,
    /// entities.yaml, events.yaml — with its file, line and column; the rest still loads.
    @Test func checkReportsControlCharactersInEveryYAMLFile() throws {
        let hostile = try HostileCollection()
        let check = try Self.run(["check", "--warnings", "--coverage", "--content", hostile.content], hostile)
        #expect(check.status == 1)
        let message = "error: YAML value holds control character U+001B (replaced with U+FFFD)"
        let articles = hostile.content + "/articles"
        for place in ["\(articles)/evil.md:3:8", "\(articles)/evil.md:5:11", "\(articles)/evil.md:6:18",
                      "\(hostile.content)/collection.yaml:1:8", "\(hostile.content)/collection.yaml:2:14",
                      "\(hostile.content)/entities.yaml:3:11", "\(hostile.content)/entities.yaml:5:18",
                      "\(hostile.content)/events.yaml:3:12", "\(hostile.content)/events.yaml:9:12",
                      "\(hostile.content)/events.yaml:10:14"] {
            #expect(check.output.contains("\(place): \(message)"), "\(place)\n\(check.output.prefix(3000))")
        }
        // The file whose name holds an escape is named, the escape made visible.
        #expect(check.output.contains("name\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}2J.md"))
        #expect(check.output.contains("binary.md"))
        #expect(check.error.contains("3 articles"))
    }

    /// A 10 MB line, 10,000 headings and 100 KB runs of `*`, `_` and `[` load and print
    /// safely (through a pipe only: in a debug build each run loads them for tens of seconds).
    @Test func hugeArticlesLoadAndPrintSafely() throws {
        let hostile = try HostileCollection(huge: true)
        let content = ["--content", hostile.content]
        let articles = try Self.run(["articles"] + content, hostile, terminal: false)
        #expect(articles.status == 0)
        for id in hostile.articles { #expect(articles.output.contains("  \(id) \u{FFFD}]0;pwned"), "\(id) is listed") }
        #expect(articles.output.contains("2000000 words"))
        let toc = try Self.run(["toc", "headings"] + content, hostile, terminal: false)
        #expect(toc.output.hasSuffix("Heading oup  #heading-oup\n"))
        let runs = try Self.run(["show", "runs", "--plain"] + content, hostile, terminal: false)
        #expect(runs.status == 0)
        try Self.run(["search", "word", "--article", "longline", "--json"] + content, hostile, terminal: false)
    }

    /// Arguments and file names echoed in error messages are cleaned too.
    @Test func echoedArgumentsAndFileNamesAreCleaned() throws {
        let hostile = try HostileCollection()
        let content = ["--content", hostile.content]
        let runs = [
            try Self.run(["show", "nope" + Self.raw] + content, hostile),
            try Self.run(["show", "evil#nope" + Self.raw] + content, hostile),
            try Self.run(["toc", "nope" + Self.raw] + content, hostile),
            try Self.run(["search", "--article", "nope" + Self.raw, "x"] + content, hostile),
            try Self.run(["search", "nothing" + Self.raw] + content, hostile),
            try Self.run(["event", "nope" + Self.raw] + content, hostile),
            try Self.run(["entity", "nope" + Self.raw] + content, hostile),
            try Self.run(["timeline", "--tag", "nope" + Self.raw] + content, hostile),
            try Self.run(["timeline", "--entity", "nope" + Self.raw] + content, hostile),
            try Self.run(["articles", "--content", hostile.root.path + "/nope" + Self.raw], hostile),
            try Self.run(["notes", "import", hostile.root.path + "/nope" + Self.raw], hostile),
            try Self.run(["--bogus" + Self.raw], hostile),
            try Self.run(["articles", "extra" + Self.raw], hostile),
        ]
        for run in runs {
            #expect(run.status != 0, "\(run.arguments)")
            #expect(run.error.contains("nope\u{FFFD}]0;pwned\u{FFFD}") || run.error.contains("\u{FFFD}]0;pwned\u{FFFD}"),
                    "the argument is echoed, cleaned: \(run.arguments.debugDescription)\n\(run.error.prefix(2000))")
        }
    }

    /// Notes fields hold whatever was given (exact data, JSON keeps it), and every text output
    /// of them is cleaned: tags, bodies and article ids from `notes add` and from `notes import`.
    @Test func notesCommandsWriteOnlySafeBytes() throws {
        let hostile = try HostileCollection()
        let content = ["--content", hostile.content]
        let add = try Self.run(["notes", "add", "--article", "evil", "--quote", HostileCollection.quotable,
                                "--tag", "t" + Self.raw, "--text", "body " + Self.raw] + content, hostile)
        #expect(add.status == 0, "\(add.error)")
        // The terminal run added a second, identical note: both are listed.
        let list = try Self.run(["notes", "list"] + content, hostile)
        #expect(list.output.contains("#t\u{FFFD}]0;pwned\u{FFFD}"))
        #expect(list.output.contains("body \u{FFFD}]0;pwned\u{FFFD}"))

        let json = try Self.run(["notes", "list", "--json"] + content, hostile)
        #expect(json.output.contains(#"\u001b]0;pwned\u0007"#))
        #expect(json.output.contains(#"\u009b31m \u202e \u007f"#))
        let notes = try JSONSerialization.jsonObject(with: json.pipe.outputBytes) as? [[String: Any]] ?? []
        #expect(notes.first?["tags"] as? [String] == ["t" + Self.raw], "JSON keeps the exact tag")
        #expect(notes.first?["body"] as? String == "body " + Self.raw, "JSON keeps the exact body")

        let markdown = try Self.run(["notes", "export", "--format", "markdown"] + content, hostile)
        #expect(markdown.output.contains("\u{FFFD}]0;pwned\u{FFFD}"))
        let w3c = try Self.run(["notes", "export", "--format", "w3c"] + content, hostile)
        #expect(w3c.output.contains(#"\u009b31m"#))

        // An import file whose article id and tag hold escapes, as another tool might write it.
        let exported = hostile.root.appendingPathComponent("export.json")
        try Self.run(["notes", "export", "--format", "w3c", "-o", exported.path] + content, hostile)
        let text = try String(contentsOf: exported, encoding: .utf8)
        #expect(text.contains(#"\u001b]0;pwned"#), "a file gets the exact data")
        let hostileImport = text.replacingOccurrences(of: "\"dossier:article\" : \"evil\"",
                                                      with: "\"dossier:article\" : \"evil\\u001b]0;imported\\u0007\\u009b2J\"")
        #expect(hostileImport != text)
        let importFile = hostile.root.appendingPathComponent("import.json")
        try hostileImport.write(to: importFile, atomically: true, encoding: .utf8)
        let other = ["--notes", hostile.root.appendingPathComponent("imported.sqlite").path]
        let imported = try Self.run(["notes", "import", importFile.path] + other + content, hostile)
        #expect(imported.status == 0, "\(imported.error)")
        let importedList = try Self.run(["notes", "list"] + other + content, hostile)
        #expect(importedList.output.contains("evil\u{FFFD}]0;imported\u{FFFD}\u{FFFD}2J"), "\(importedList.output.prefix(2000))")
        try Self.run(["notes", "export", "--format", "markdown"] + other + content, hostile)
        try Self.run(["notes", "export", "--format", "w3c"] + other + content, hostile)
        try Self.run(["notes", "check"] + other, hostile)
        try Self.run(["notes", "check"], hostile)
    }
}

/// Runs the binary on a pseudo-terminal with `script`, recording every byte it writes there.
enum Terminal {
    static func run(_ arguments: [String], environment: [String: String]) throws -> DossierProcess.Output {
        let command = ([DossierProcess.binary] + arguments).map(quoted).joined(separator: " ")
        var terminalEnvironment = environment
        terminalEnvironment["TERM"] = "xterm-256color"
        return try DossierProcess.run(executable: "/usr/bin/script", ["-qec", command, "/dev/null"],
                                      environment: terminalEnvironment)
    }

    /// `text` as one word for `sh`, whatever bytes it holds.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
