import Foundation
import Testing

/// The exit statuses of the README's table, the same for every command: 0 done,
/// 1 nothing found or input that cannot be used, 2 a wrong command line.
@Suite("Exit statuses")
struct ExitStatusTests {
    static let notes = FileManager.default.temporaryDirectory
        .appendingPathComponent("dossier-exit-\(UUID().uuidString)/notes.sqlite").path

    static let cases: [(arguments: [String], status: Int32)] = [
        (["--version"], 0),
        (["articles"], 0),
        (["search", "Tashkent"], 0),
        // Nothing found
        (["search", "zzzqqqxxy"], 1),
        (["show", "no-such-article"], 1),
        (["show", "hussain#no-such-section"], 1),
        (["toc", "no-such-article"], 1),
        (["event", "no-such-event"], 1),
        (["entity", "no-such-entity"], 1),
        (["timeline", "--tag", "no-such-tag"], 1),
        // Input that cannot be used
        (["articles", "--content", "/nonexistent/dossier-content"], 1),
        (["notes", "add", "--article", "hussain", "--quote", "words that are in no article at all"], 1),
        (["notes", "import", "/nonexistent/export.jsonld"], 1),
        // A wrong command line
        (["no-such-command"], 2),
        (["articles", "--no-such-option"], 2),
        (["show"], 2),
        (["show", "hussain", "--width", "5"], 2),
        (["search", ""], 2),
        (["timeline", "--from", "2000", "--to", "1900"], 2),
        (["notes", "export"], 2),
        (["notes", "export", "--format", "pdf"], 2),
        (["notes", "add", "--article", "hussain", "--quote", "x", "--kind", "poem"], 2),
    ]

    @Test(arguments: 0..<cases.count)
    func everyCommandFollowsTheTable(index: Int) throws {
        let (arguments, status) = Self.cases[index]
        let output = try DossierProcess.run(
            arguments, environment: ["DOSSIER_CONTENT": DossierProcess.bundledContent, "DOSSIER_NOTES": Self.notes])
        #expect(output.status == status, "dossier \(arguments.joined(separator: " ")): \(output.standardError)")
        if status != 0 { #expect(!output.standardError.isEmpty, "a failure says why") }
        // Only a wrong command line is answered with the usage.
        #expect(output.standardError.contains("Usage:") == (status == 2), "\(arguments)")
    }

    @Test func theVersionComesFromOnePlaceAndHelpShowsIt() throws {
        let version = try DossierProcess.run(["--version"]).standardOutput
        #expect(version.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil)
        let help = try DossierProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("Version \(version.dropLast())."))
        #expect(help.standardOutput.contains("--generate-completion-script bash|zsh|fish"))
    }
}
