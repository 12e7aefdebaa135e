import Foundation
import Testing

/// Five encyclopedia texts nobody wrote for Dossier (Fixtures/byzantium, sources in
/// Fixtures/SOURCES.md) become a collection with `dossier init` and `dossier import`, pass
/// `dossier check` and open in the reader, with no hand-editing; then a broken article is
/// reported loudly, in `check` and on the reader's screen.
@Suite("Bring your own texts (end to end)", .serialized)
struct BringYourOwnTextsTests {
    static var fixtures: String { DossierProcess.repository.appendingPathComponent("Tests/EndToEndTests/Fixtures/byzantium").path }
    static let names = ["belisarius", "hagia-sophia", "justinian", "nika-riots", "theodora"]

    @Test func fiveTextFilesBecomeACollectionThatChecksAndOpens() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-byo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let collection = root + "/byzantium"
        let originals = try Self.names.map { try Data(contentsOf: URL(fileURLWithPath: "\(Self.fixtures)/\($0).txt")) }

        let made = try DossierProcess.run(["init", collection, "--title", "Justinian's Constantinople"])
        #expect(made.status == 0, "\(made.standardError)")
        let manifest = try String(contentsOfFile: collection + "/collection.yaml", encoding: .utf8)
        #expect(manifest.contains("id: justinian-s-constantinople-"))
        #expect(FileManager.default.fileExists(atPath: collection + "/README.md"))
        let again = try DossierProcess.run(["init", collection])
        #expect(again.status == 1)
        #expect(again.standardError.contains("is a collection already"))

        let imported = try DossierProcess.run(["import", Self.fixtures, "--into", collection])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("5 articles imported, 0 skipped, 0 failed."))
        #expect(imported.standardOutput.contains("(id nika-riots, title \"Nika riots\")"))
        let files = try FileManager.default.contentsOfDirectory(atPath: collection + "/articles").sorted()
        #expect(files == Self.names.map { $0 + ".md" })
        // The originals are only read.
        #expect(try Self.names.map { try Data(contentsOf: URL(fileURLWithPath: "\(Self.fixtures)/\($0).txt")) } == originals)
        // Importing again changes nothing.
        let twice = try DossierProcess.run(["import", Self.fixtures + "/theodora.txt", "--into", collection])
        #expect(twice.standardOutput.contains("already imported as article 'theodora'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: collection + "/articles").count == 5)

        let check = try DossierProcess.run(["check", "--content", collection])
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        let articles = try DossierProcess.run(["articles", "--content", collection])
        #expect(articles.standardOutput.contains("nika-riots    Nika riots"))

        guard let tmux = Tmux.find() else {
            print("BringYourOwnTextsTests: tmux is not installed; skipping the reader part")
            return
        }
        let state = root + "/state"
        let session = Tmux(executable: tmux, name: "dossier-byo-\(getpid())")
        defer { session.kill() }
        func openReader() throws {
            let command = "env DOSSIER_STATE_DIR='\(state)' DOSSIER_NOTES='\(state)/notes.sqlite' TERM=xterm-256color LANG=C.UTF-8 '\(DossierProcess.binary)' --content '\(collection)'; sleep 30"
            try session.start(width: 120, height: 40, command: "sh -c \"\(command)\"")
        }
        try openReader()
        // Generous: on a loaded machine the debug binary can take many seconds to its first frame.
        var screen = try session.waitFor("Sections · 5 articles", timeout: 60)
        #expect(screen.contains("Reading · Belisarius"))
        #expect(screen.contains("BELISARIUS (c. 505-565), one of the most famous generals of"))
        #expect(screen.contains("▸ nika-riots Nika riots"))
        session.kill()

        // A broken article: the others open, the browser lists it with its error, the status
        // line says so, and `check` blames the file once — not the events that cite it.
        try "---\ntitle: [unclosed\n---\nText.\n".write(toFile: collection + "/articles/broken.md", atomically: true, encoding: .utf8)
        try """
            events:
              - id: nika-riots-532
                title: The Nika riots
                date: "0532"
                mentions:
                  - article: nika-riots
                    quote: "over the course of a week in 532 AD"
                  - article: broken
                    quote: "Text."
            """.write(toFile: collection + "/events.yaml", atomically: true, encoding: .utf8)
        let broken = try DossierProcess.run(["check", "--content", collection])
        #expect(broken.status == 1)
        let errors = broken.standardOutput.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 2, "\(broken.standardOutput)")
        #expect(errors.first?.contains("articles/broken.md:3:1: error: invalid YAML") == true)
        #expect(errors.last?.contains("events.yaml:8:") == true)
        #expect(errors.last?.hasSuffix("error: article 'broken' failed to load (see above)") == true)

        try openReader()
        screen = try session.waitFor("1 article could not be read — dossier check", timeout: 60)
        #expect(screen.contains("✗ broken could not be r…"))
        #expect(screen.contains("Reading · Belisarius"))
        // The browser's last row, opened, tells the error in full.
        try session.keys("1", "G", "Enter")
        try session.waitFor("broken could not be read: line 3: invalid YAML")
    }

    @Test func renamingTheCollectionKeepsItsNotes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-byo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let collection = root + "/byzantium"
        let environment = ["DOSSIER_NOTES": root + "/notes.sqlite", "DOSSIER_STATE_DIR": root + "/state"]
        _ = try DossierProcess.run(["init", collection, "--title", "Byzantium"])
        _ = try DossierProcess.run(["import", Self.fixtures + "/nika-riots.txt", "--into", collection])
        let added = try DossierProcess.run(["notes", "add", "--content", collection, "--article", "nika-riots",
                                            "--quote", "the most violent riots", "--text", "Compare Procopius."],
                                           environment: environment)
        #expect(added.status == 0, "\(added.standardError)")
        let manifest = collection + "/collection.yaml"
        let renamed = try String(contentsOfFile: manifest, encoding: .utf8)
            .replacingOccurrences(of: "title: \"Byzantium\"", with: "title: \"Justinian's Constantinople\"")
        #expect(renamed.contains("title: \"Justinian's Constantinople\""))
        try renamed.write(toFile: manifest, atomically: true, encoding: .utf8)
        let listed = try DossierProcess.run(["notes", "list", "--content", collection], environment: environment)
        #expect(listed.status == 0, "\(listed.standardError)")
        #expect(listed.standardOutput.contains("Compare Procopius."), "\(listed.standardOutput)")
    }
}
