import Foundation
import Testing

/// `dossier suggest-events` on the bundled collection with its events removed: the output,
/// pasted under `events:`, passes `dossier check` unchanged.
@Suite struct SuggestEventsCLITests {
    /// A copy of the bundled Content whose events.yaml keeps its eras and `uncovered:` entries but no event.
    func collectionWithoutEvents() throws -> String {
        let directory = NSTemporaryDirectory() + "dossier-e2e-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: DossierProcess.bundledContent, toPath: directory)
        let eventsFile = directory + "/events.yaml"
        let lines = try String(contentsOfFile: eventsFile, encoding: .utf8).components(separatedBy: "\n")
        let events = try #require(lines.firstIndex(of: "events:"))
        let uncovered = try #require(lines.firstIndex(of: "uncovered:"))
        try (lines[..<events] + ["events:"] + lines[uncovered...]).joined(separator: "\n")
            .write(toFile: eventsFile, atomically: true, encoding: .utf8)
        return directory
    }

    @Test func checkAcceptsTheSuggestionsUnchanged() throws {
        let directory = try collectionWithoutEvents()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let suggested = try DossierProcess.run(["suggest-events", "--content", directory])
        #expect(suggested.status == 0, "\(suggested.standardError)")
        let entries = suggested.standardOutput.components(separatedBy: "\n").filter { $0.hasPrefix("  - id: ") }
        #expect(entries.count > 100, "\(suggested.standardError)")
        #expect(suggested.standardError.contains("events for") && suggested.standardError.contains("dates that no event tells yet"))
        #expect(suggested.standardOutput.contains("# articles/"))

        let eventsFile = directory + "/events.yaml"
        let events = try String(contentsOfFile: eventsFile, encoding: .utf8)
        try events.replacingOccurrences(of: "\nevents:\n", with: "\nevents:\n" + suggested.standardOutput)
            .write(toFile: eventsFile, atomically: true, encoding: .utf8)
        let check = try DossierProcess.run(["check", "--warnings", "--content", directory])
        #expect(check.status == 0, "\(check.standardOutput)")
        #expect(check.standardError.contains("\(entries.count) events checked: 0 errors, 0 warnings"), "\(check.standardError)")
        // Asked again, it suggests nothing it already suggested.
        let again = try DossierProcess.run(["suggest-events", "--content", directory])
        #expect(again.standardOutput.isEmpty && again.standardError.hasPrefix("No suggestions"), "\(again.standardOutput)")
    }

    /// A collection on late antiquity (the five Byzantine texts of BringYourOwnTextsTests, with
    /// years such as "in 532 AD" and "from 527 to 565"): its years are suggested, and the
    /// suggestions, as the whole `events:` list, pass `dossier check` unchanged.
    @Test func suggestsEventsForYearsBefore1600() throws {
        let collection = NSTemporaryDirectory() + "dossier-e2e-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: collection) }
        #expect(try DossierProcess.run(["init", collection]).status == 0)
        let imported = try DossierProcess.run(["import", BringYourOwnTextsTests.fixtures, "--into", collection])
        #expect(imported.status == 0, "\(imported.standardError)")
        let suggested = try DossierProcess.run(["suggest-events", "--content", collection])
        #expect(suggested.status == 0, "\(suggested.standardError)")
        let entries = suggested.standardOutput.components(separatedBy: "\n").filter { $0.hasPrefix("  - id: ") }
        #expect(entries.count >= 5, "\(suggested.standardOutput)")
        #expect(suggested.standardOutput.contains("    date: \"532\""), "\(suggested.standardOutput)")
        #expect(suggested.standardOutput.contains("    date: \"532/537\""), "\(suggested.standardOutput)")

        try ("events:\n" + suggested.standardOutput).write(toFile: collection + "/events.yaml", atomically: true, encoding: .utf8)
        let check = try DossierProcess.run(["check", "--content", collection])
        #expect(check.status == 0, "\(check.standardOutput)")
        #expect(check.standardError.contains("\(entries.count) events checked: 0 errors"), "\(check.standardError)")
    }

    @Test func writesANewFileAndNeverOverwritesOne() throws {
        let directory = try collectionWithoutEvents()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = directory + "/drafts.yaml"
        let written = try DossierProcess.run(["suggest-events", "chronology", "-o", output, "--content", directory])
        #expect(written.status == 0 && written.standardOutput.isEmpty, "\(written.standardError)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("      - article: chronology") && !text.contains("      - article: hanif"))
        let refused = try DossierProcess.run(["suggest-events", "-o", output, "--content", directory])
        #expect(refused.status != 0 && refused.standardError.contains("already exists"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == text)
        let unknown = try DossierProcess.run(["suggest-events", "nosuch", "--content", directory])
        #expect(unknown.status != 0 && unknown.standardError.contains("No article 'nosuch'"))
    }
}
