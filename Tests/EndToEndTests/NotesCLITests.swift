import Foundation
import Testing

/// `dossier notes …` end to end: scripted adds, anchors following edits of a
/// temporary copy of the Content, export/import, and a kill loop.
@Suite("Notes CLI")
struct NotesCLITests {
    /// A temporary folder with a notes database path and, on demand, a copy of the Content.
    final class Workspace {
        let root: URL
        var notes: String { root.appendingPathComponent("notes.sqlite").path }
        var content: String { root.appendingPathComponent("Content").path }

        init(copyContent: Bool = false) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-notes-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            if copyContent {
                // Copy the real folder (never a symlink to it): the test edits and deletes files in the copy.
                let source = URL(fileURLWithPath: DossierProcess.bundledContent).resolvingSymlinksInPath().path
                try FileManager.default.copyItem(atPath: source, toPath: content)
                let type = try FileManager.default.attributesOfItem(atPath: content)[.type] as? FileAttributeType
                guard type == .typeDirectory else { throw CocoaError(.fileWriteUnknown) }
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func run(_ arguments: [String], content: String? = nil) throws -> DossierProcess.Output {
            try DossierProcess.run(
                ["notes"] + arguments + ["--content", content ?? DossierProcess.bundledContent, "--notes", notes])
        }

        func edit(_ article: String, _ change: (String) -> String) throws {
            let path = content + "/articles/\(article).md"
            precondition(path.hasPrefix(root.path), "edits only ever touch the temporary copy")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(article) changed nothing")
            try changed.write(toFile: path, atomically: true, encoding: .utf8)
        }

        func list() throws -> [[String: Any]] {
            let output = try run(["list", "--json"], content: content)
            #expect(output.status == 0, "\(output.standardError)")
            return try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]] ?? []
        }
    }

    static let quotes = (
        abstract: "a tale of misperceptions and lost opportunities",
        assumptions: "it is important to understand some underlying assumptions in Pakistan's strategic thinking shaping its foreign policy",
        conclusion: "The over-emphasized role of traditionalism and western bias",
        deleted: "the two communist states of USSR and China showed a great level of patience",
        rapprochement: "the bilateral ties between Russia and Pakistan remained hostage to historical baggage"
    )

    @Test func addRefusesMissingAndAmbiguousQuotes() throws {
        let w = try Workspace()
        let nowhere = try w.run(["add", "--article", "hussain", "--quote", "no such passage anywhere"])
        #expect(nowhere.status == 1)
        #expect(nowhere.standardError.contains("matches nowhere"))
        let ambiguous = try w.run(["add", "--article", "hussain", "--quote", "Pakistan"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.standardError.contains("--prefix or --suffix"))
        let unknown = try w.run(["add", "--article", "nope", "--quote", "x"])
        #expect(unknown.status != 0)
        #expect(try w.list().isEmpty)
    }

    @Test func anchorsFollowEditsOfTheContent() throws {
        let w = try Workspace(copyContent: true)
        var ids: [String: String] = [:]
        for (name, article, quote) in [
            ("abstract", "hussain", Self.quotes.abstract), ("assumptions", "hussain", Self.quotes.assumptions),
            ("conclusion", "hussain", Self.quotes.conclusion), ("deleted", "hussain", Self.quotes.deleted),
            ("rapprochement", "rapprochement", Self.quotes.rapprochement),
        ] {
            let added = try w.run(
                ["add", "--article", article, "--quote", quote, "--text", "On \(name) [[event:tashkent-declaration]]",
                 "--tag", name], content: w.content)
            #expect(added.status == 0, "\(name): \(added.standardError)")
            ids[name] = added.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try w.list().allSatisfy { $0["anchor_status"] as? String == "exact" })

        // A new edition: a paragraph inserted at the top, words changed inside one quote,
        // the Conclusion moved before Critical Assumptions, a paragraph deleted, an article deleted.
        try w.edit("hussain") { text in
            var text = text.replacingOccurrences(
                of: "# Abstract\n\n", with: "# Abstract\n\nAn editor's note, inserted before everything else.\n\n")
            text = text.replacingOccurrences(
                of: "important to understand some underlying assumptions", with: "important to grasp some basic assumptions")
            let conclusion = text.range(of: "# Conclusion\n")!.lowerBound..<text.range(of: "# End Notes\n")!.lowerBound
            let moved = String(text[conclusion])
            text.removeSubrange(conclusion)
            text = text.replacingOccurrences(of: "# Critical Assumptions\n", with: moved + "# Critical Assumptions\n")
            let paragraph = text.range(of: "It is also evident that the two communist states")!
            let end = text.range(of: "\n\n", range: paragraph.upperBound..<text.endIndex)!.upperBound
            text.removeSubrange(paragraph.lowerBound..<end)
            return text
        }
        try FileManager.default.removeItem(atPath: w.content + "/articles/rapprochement.md")

        let listed = try w.list()
        let status = Dictionary(uniqueKeysWithValues: listed.map {
            ($0["id"] as? String ?? "", $0["anchor_status"] as? String ?? "")
        })
        #expect(listed.count == 5, "never delete a note")
        #expect(status[ids["abstract"]!] == "reanchored")
        #expect(status[ids["conclusion"]!] == "reanchored")
        #expect(status[ids["assumptions"]!] == "approximate")
        #expect(status[ids["deleted"]!] == "orphaned")
        #expect(status[ids["rapprochement"]!] == "orphaned")
        let orphans = try w.run(["list", "--orphans", "--json"], content: w.content)
        #expect(orphans.standardOutput.components(separatedBy: "\"id\"").count - 1 == 2)

        // The moved passage is found where `dossier show` now has it.
        let conclusion = listed.first { $0["id"] as? String == ids["conclusion"] }!
        #expect((conclusion["start"] as? Int ?? 0) < (listed.first { $0["id"] as? String == ids["assumptions"] }!["start"] as? Int ?? 0))
    }

    @Test func exportImportRoundTripsWithoutDuplicates() throws {
        let w = try Workspace()
        for quote in [Self.quotes.abstract, Self.quotes.conclusion] {
            #expect(try w.run(["add", "--article", "hussain", "--quote", quote, "--text", "**why** it matters",
                               "--tag", "t"]).status == 0)
        }
        let file = w.root.appendingPathComponent("export.jsonld").path
        #expect(try w.run(["export", "--format", "w3c", "-o", file]).status == 0)
        let exported = try String(contentsOfFile: file, encoding: .utf8)
        #expect(exported.contains("\"@context\" : \"http://www.w3.org/ns/anno.jsonld\""))
        #expect(exported.contains("\"source\" : \"file://"))
        #expect(exported.contains("\"dossier:article\" : \"hussain\""))

        let other = try Workspace()
        let first = try other.run(["import", file])
        #expect(first.standardOutput.contains("Imported 2 new"), "\(first.standardOutput)\(first.standardError)")
        let again = try other.run(["import", file])
        #expect(again.standardOutput.contains("Imported 0 new, 0 updated, 2 unchanged"))
        #expect(try other.run(["list", "--json"]).standardOutput == (try w.run(["list", "--json"]).standardOutput))

        let markdown = try w.run(["export", "--format", "markdown"])
        #expect(markdown.standardOutput.contains("## Pak-Russia Relations: Lost Opportunities and Future Options"))
        #expect(markdown.standardOutput.contains("> " + Self.quotes.abstract))
    }

    /// A body with escape sequences (typed, or imported from another tool) is stored as
    /// written but never reaches the terminal as one.
    @Test func listNeverPrintsControlSequences() throws {
        let w = try Workspace()
        let added = try w.run(["add", "--article", "hussain", "--quote", Self.quotes.abstract,
                               "--text", "red \u{1B}[31malert\u{1B}[0m and \u{9B}2J clear"])
        #expect(added.status == 0)
        let listed = try w.run(["list"])
        #expect(listed.status == 0)
        #expect(listed.standardOutput.contains("alert"))
        #expect(!listed.standardOutput.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" })
    }

    /// `kill -9` at random moments while a script adds notes: every add that was
    /// acknowledged (printed its id) is present, and SQLite finds the file sound.
    @Test func killLoop() throws {
        let w = try Workspace()
        var kills = 0
        var attempts = 0
        var acknowledged: [String] = []
        var generator = SystemRandomNumberGenerator()
        // Kill moments spread over a whole add, its write transaction included: how long
        // an add takes here, on this (possibly loaded) machine, sets the range.
        var durations: [TimeInterval] = []
        for calibration in 0..<3 {
            let started = Date()
            let added = try w.run(["add", "--article", "hussain", "--quote", Self.quotes.abstract,
                                   "--text", "calibration \(calibration)", "--tag", "kill"])
            durations.append(Date().timeIntervalSince(started))
            let id = added.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            if !id.isEmpty { acknowledged.append(id) }
        }
        let window = UInt32(min(2.0, durations.sorted()[1] * 1.3) * 1_000_000)
        while kills < 200 && attempts < 1_500 {
            attempts += 1
            let process = Process()
            process.executableURL = URL(fileURLWithPath: DossierProcess.binary)
            process.arguments = [
                "notes", "add", "--content", DossierProcess.bundledContent, "--notes", w.notes,
                "--article", "hussain", "--quote", Self.quotes.abstract, "--text", "note \(attempts)", "--tag", "kill",
            ]
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...window, using: &generator))
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            let printed = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { kills += 1 }
            let id = String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !id.isEmpty { acknowledged.append(id) }
        }
        #expect(kills >= 200, "only \(kills) kills in \(attempts) attempts")
        let listed = try w.run(["list", "--json"])
        #expect(listed.status == 0)
        let stored = Set((try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [[String: Any]] ?? [])
            .compactMap { $0["id"] as? String })
        let lost = acknowledged.filter { !stored.contains($0) }
        #expect(lost.isEmpty, "acknowledged but lost: \(lost)")
        let check = try DossierProcess.run(["notes", "check", "--notes", w.notes])
        #expect(check.status == 0)
        #expect(check.standardOutput.contains("integrity: ok"))
        print("kill loop: \(kills) kill -9s in \(attempts) adds; \(acknowledged.count) acknowledged, \(stored.count) stored, 0 lost")
    }
}
