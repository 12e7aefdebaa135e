import Foundation
import Testing

/// Every `--json` of the CLI follows README "JSON output": snake_case keys, every key present
/// in every object of the same place (a missing value is `null`, never an absent key), and
/// timestamps in ISO 8601 UTC with milliseconds. Run against the bundled Content and a
/// temporary notes database holding notes added here and annotations imported from another
/// W3C client (one of which is orphaned).
@Suite struct JSONConventionTests {
    /// Every command that takes `--json`, with the arguments that give it something to print.
    static let commands: [(name: String, arguments: [String])] = [
        ("articles", []),
        ("toc", ["hanif"]),
        ("search", ["\"tashkent declaration\""]),
        ("timeline", []),
        ("timeline", ["--conflicts", "--from", "1960", "--to", "1975"]),
        ("event", ["u2-incident-1960"]),
        ("event", ["tashkent-declaration-1966"]),
        ("entity", ["Bhutto"]),
        ("notes list", []),
        ("notes add", ["--article", "hanif", "--quote", "the right to exercise the veto power", "--kind", "question"]),
    ]

    @Test func everyJSONOutputFollowsTheConvention() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes.sqlite").path
        let environment = ["DOSSIER_NOTES": notes, "DOSSIER_STATE_DIR": root.path, "XDG_DATA_HOME": root.path,
                           "XDG_STATE_HOME": root.path, "XDG_CONFIG_HOME": root.path]
        let content = ["--content", DossierProcess.bundledContent]
        func run(_ arguments: [String]) throws -> DossierProcess.Output {
            let output = try DossierProcess.run(arguments + content, environment: environment)
            #expect(output.status == 0, "\(arguments): \(output.standardError)")
            return output
        }
        _ = try run(["notes", "add", "--article", "hussain", "--quote", "a tale of misperceptions and lost opportunities",
                     "--text", "See [[event:tashkent-declaration]]", "--tag", "thaw"])
        _ = try run(["notes", "add", "--article", "rapprochement",
                     "--quote", "the bilateral ties between Russia and Pakistan remained hostage to historical baggage"])
        // Another client's annotations, on this collection's files and elsewhere (those are orphans).
        let foreign = root.appendingPathComponent("hypothesis.jsonld")
        let contentURL = URL(fileURLWithPath: DossierProcess.bundledContent, isDirectory: true).absoluteString
        try String(contentsOf: DossierProcess.repository.appendingPathComponent("Tests/EndToEndTests/Fixtures/hypothesis-annotations.jsonld"),
                   encoding: .utf8)
            .replacingOccurrences(of: "file://CONTENT_DIRECTORY/", with: contentURL)
            .write(to: foreign, atomically: true, encoding: .utf8)
        _ = try run(["notes", "import", foreign.path])

        for (name, arguments) in Self.commands {
            let command = name.split(separator: " ").map(String.init) + arguments
            let output = try run(command + ["--json"])
            let json = try JSONSerialization.jsonObject(with: output.outputBytes, options: [.fragmentsAllowed])
            var shapes = JSONShapes()
            shapes.walk(json, at: command.joined(separator: " "))
            #expect(shapes.problems.isEmpty, "\(command):\n\(shapes.problems.joined(separator: "\n"))")
            #expect(shapes.objects > 0, "\(command) printed no object")
        }
        let listed = try JSONSerialization.jsonObject(with: try run(["notes", "list", "--json"]).outputBytes) as? [[String: Any]] ?? []
        #expect(listed.contains { $0["start"] is NSNull && $0["anchor_status"] as? String == "orphaned" },
                "an annotation with no position prints start: null")
    }

    /// The list above is complete: every command whose help offers `--json` is in it.
    @Test func everyCommandWithJSONIsChecked() throws {
        let tested = Set(Self.commands.map(\.name))
        var offered: Set<String> = []
        for command in try Self.subcommands([]) {
            let nested = command == "notes" ? try Self.subcommands(["notes"]).map { "notes \($0)" } : [command]
            for name in nested {
                let help = try DossierProcess.run(name.split(separator: " ").map(String.init) + ["--help"])
                if help.standardOutput.contains("--json") { offered.insert(name) }
            }
        }
        #expect(offered.count >= 8)
        #expect(offered.subtracting(tested).isEmpty, "not checked: \(offered.subtracting(tested).sorted())")
    }

    /// The subcommand names the help of `dossier command…` lists.
    static func subcommands(_ command: [String]) throws -> [String] {
        let help = try DossierProcess.run(command + ["--help"]).standardOutput
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[start.upperBound...].split(separator: "\n").prefix { $0.hasPrefix("  ") }.compactMap { line in
            let name = line.split(separator: " ").first.map(String.init) ?? ""
            return line.hasPrefix("   ") || name == "help" ? nil : name
        }
    }
}

/// Walks a JSON value, collecting the key set of the objects found at each place (array
/// indices are one place) and every departure from the convention.
struct JSONShapes {
    var problems: [String] = []
    var objects = 0
    private var keys: [String: Set<String>] = [:]

    /// Keys whose values are timestamps.
    static let timestampKeys: Set<String> = ["created", "modified"]

    mutating func walk(_ value: Any, at place: String) {
        if let array = value as? [Any] {
            for element in array { walk(element, at: place + "[]") }
        } else if let object = value as? [String: Any] {
            objects += 1
            let names = Set(object.keys)
            if let seen = keys[place], seen != names {
                problems.append("\(place): keys \(names.sorted()) differ from \(seen.sorted())")
            }
            keys[place] = names
            for (key, child) in object {
                if key.wholeMatch(of: /[a-z][a-z0-9]*(_[a-z0-9]+)*/) == nil { problems.append("\(place).\(key): key is not snake_case") }
                if Self.timestampKeys.contains(key) { checkTimestamp(child, at: place + "." + key) }
                walk(child, at: place + "." + key)
            }
        } else if let text = value as? String, text.prefixMatch(of: /\d{4}-\d{2}-\d{2}T/) != nil {
            checkTimestamp(text, at: place)
        }
    }

    private mutating func checkTimestamp(_ value: Any, at place: String) {
        guard let text = value as? String, text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/) != nil else {
            problems.append("\(place): \(value) is not an ISO 8601 UTC timestamp with milliseconds")
            return
        }
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if parser.date(from: text) == nil { problems.append("\(place): \(text) does not parse as ISO 8601") }
    }
}
