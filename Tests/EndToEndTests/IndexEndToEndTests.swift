import Foundation
import Testing

/// The content index seen from the command line: never stale, rebuilt when broken.
@Suite struct IndexEndToEndTests {
    /// A copy of the bundled collection and a cache folder, both temporary.
    struct Copy {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-index-e2e-\(UUID().uuidString)")
        var content: String { root.appendingPathComponent("Content").path }
        var environment: [String: String] { ["DOSSIER_CACHE_DIR": root.appendingPathComponent("cache").path] }

        init() throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: DossierProcess.bundledContent, toPath: content)
        }

        func run(_ arguments: [String]) throws -> DossierProcess.Output {
            try DossierProcess.run(arguments + ["--content", content], environment: environment)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func anEditedArticleIsSeenByTheNextCommand() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let first = try copy.run(["search", "zanzibar"])
        #expect(first.status == 1)
        #expect(first.standardError.contains("building the content index"))

        let file = copy.content + "/articles/hussain.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\n# ", with: "\nA paragraph about Zanzibar.\n\n# ", options: [], range: nil)
            .write(toFile: file, atomically: true, encoding: .utf8)
        let found = try copy.run(["search", "zanzibar"])
        #expect(found.status == 0, "\(found.standardError)")
        #expect(found.standardOutput.contains("A paragraph about Zanzibar."))
        #expect(!found.standardError.contains("building"))
        #expect(try copy.run(["show", "hussain", "--width", "80"]).standardOutput.contains("A paragraph about Zanzibar."))

        try FileManager.default.removeItem(atPath: copy.content + "/articles/assignment.md")
        let articles = try copy.run(["articles"])
        #expect(!articles.standardOutput.contains("assignment"))
        #expect(articles.standardOutput.contains("hussain"))
    }

    @Test func checkShowAndArticlesSeeEveryEditAdditionAndRemoval() throws {
        let copy = try Copy()
        defer { copy.remove() }
        #expect(try copy.run(["check"]).status == 0)

        let file = copy.content + "/articles/hussain.md"
        try (String(contentsOfFile: file, encoding: .utf8) + "\nA broken reference[^nowhere].\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let broken = try copy.run(["check"])
        #expect(broken.status == 1)
        #expect(broken.standardOutput.contains("hussain.md:"))
        #expect(broken.standardOutput.contains("footnote [^nowhere] is not defined"))
        #expect(try copy.run(["show", "hussain", "--plain"]).standardOutput.contains("A broken reference"))

        let added = copy.content + "/articles/added.md"
        try "---\ntitle: An Added Article\n---\nAdded text[^missing].\n".write(toFile: added, atomically: true, encoding: .utf8)
        #expect(try copy.run(["articles"]).standardOutput.contains("An Added Article"))
        #expect(try copy.run(["show", "added", "--plain"]).standardOutput.contains("Added text"))
        #expect(try copy.run(["check"]).standardOutput.contains("added.md:4:"))

        try FileManager.default.removeItem(atPath: added)
        #expect(try !copy.run(["articles"]).standardOutput.contains("An Added Article"))
        let gone = try copy.run(["show", "added"])
        #expect(gone.status == 1)
        #expect(gone.standardError.contains("No article 'added'"))
        let check = try copy.run(["check"])
        #expect(!check.standardOutput.contains("added.md"))
        #expect(check.standardOutput.contains("hussain.md:"))
    }

    @Test func statusRebuildAndACorruptIndex() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let built = try copy.run(["index"])
        #expect(built.status == 0)
        #expect(built.standardOutput.contains("Indexed 5 articles"))
        #expect(built.standardOutput.contains("5 read"))
        let status = try copy.run(["index", "--status"])
        #expect(status.standardOutput.contains("articles: 5 files"))
        #expect(status.standardOutput.contains("state:    up to date"))
        #expect(try copy.run(["index"]).standardOutput.contains("0 read"))
        #expect(try copy.run(["index", "--rebuild"]).standardOutput.contains("5 read"))

        let cache = copy.environment["DOSSIER_CACHE_DIR"]!
        let files = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".sqlite") }
        #expect(files.count == 1)
        for name in try FileManager.default.contentsOfDirectory(atPath: cache) {
            try FileManager.default.removeItem(atPath: cache + "/" + name)
        }
        try Data(repeating: 0x2A, count: 4096).write(to: URL(fileURLWithPath: cache + "/" + files[0]))
        let search = try copy.run(["search", "\"tashkent declaration\""])
        #expect(search.status == 0)
        #expect(search.standardError.contains("rebuilding"))
        #expect(search.standardOutput.contains("chronology"))
    }
}
