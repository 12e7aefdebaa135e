import Foundation
import Testing

/// The reader on the content index, in tmux: it draws before the index is built, shows the
/// build's progress, and never shows or finds a file as it was before an edit.
@Suite("Reader on the content index (tmux)", .serialized)
struct ReaderIndexEndToEndTests {
    /// A collection, cache, state and notes, all in one temporary folder.
    struct Folder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-reader-index-\(UUID().uuidString)")
        var content: String { root.appendingPathComponent("Content").path }
        var cache: String { root.appendingPathComponent("cache").path }

        init() throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        /// The reader's command line, with every path it writes in this folder.
        var readerCommand: String {
            let environment = "DOSSIER_CACHE_DIR='\(cache)' DOSSIER_STATE_DIR='\(root.path)/state' DOSSIER_NOTES='\(root.path)/notes.sqlite'"
            return "sh -c \"env \(environment) TERM=xterm-256color LANG=C.UTF-8 '\(DossierProcess.binary)' --content '\(content)'; sleep 30\""
        }

        func run(_ arguments: [String]) throws -> DossierProcess.Output {
            try DossierProcess.run(arguments + ["--content", content], environment: ["DOSSIER_CACHE_DIR": cache])
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func withNoIndexYetTheReaderShowsTheTextAndTheIndexingProgress() throws {
        guard let tmux = Tmux.find() else {
            print("ReaderIndexEndToEndTests: tmux is not installed; skipping")
            return
        }
        let folder = try Folder()
        defer { folder.remove() }
        // Forty copies of the chronology: enough files for the build to take a while.
        let chronology = try String(contentsOfFile: DossierProcess.bundledContent + "/articles/chronology.md", encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder.content + "/articles", withIntermediateDirectories: true)
        for copy in 0..<40 {
            let id = String(format: "c%02d", copy)
            try chronology.replacingOccurrences(of: "id: chronology", with: "id: \(id)")
                .write(toFile: folder.content + "/articles/\(id).md", atomically: true, encoding: .utf8)
        }
        let session = Tmux(executable: tmux, name: "dossier-e2e-index-\(getpid())")
        defer { session.kill() }
        try session.start(width: 120, height: 40, command: folder.readerCommand)

        let first = try session.waitFor("Indexing ", timeout: 20)
        #expect(first.contains("/40"), "\(first)")
        #expect(first.contains("Sections · 40 articles"), "the text is drawn while the index builds:\n\(first)")
        try session.waitForAbsence("Indexing ", timeout: 180)

        // The collection search answers from the index it built.
        try session.keys("s")
        try session.literal("Tashkent")
        try session.keys("Enter")
        let results = try session.waitFor("“Tashkent” in all articles", timeout: 20)
        #expect(results.contains("c00 — "))
        #expect(results.contains("c39 — ") || results.contains("passages"))
        try session.keys("Escape", "q")
        #expect(try folder.run(["index", "--status"]).standardOutput.contains("up to date"))
    }

    @Test func aFileEditedSinceTheIndexWasBuiltIsWhatTheReaderShowsAndFinds() throws {
        guard let tmux = Tmux.find() else {
            print("ReaderIndexEndToEndTests: tmux is not installed; skipping")
            return
        }
        let folder = try Folder()
        defer { folder.remove() }
        try FileManager.default.copyItem(atPath: DossierProcess.bundledContent, toPath: folder.content)
        #expect(try folder.run(["index"]).status == 0)

        let file = folder.content + "/articles/hussain.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "# Abstract\n\n", with: "# Abstract\n\nA paragraph about Zanzibar.\n\n")
            .replacingOccurrences(of: "title: \"Pak-Russia Relations: Lost Opportunities and Future Options\"",
                                  with: "title: \"Pak-Russia Relations, Edited\"")
            .write(toFile: file, atomically: true, encoding: .utf8)

        let session = Tmux(executable: tmux, name: "dossier-e2e-edited-\(getpid())")
        defer { session.kill() }
        try session.start(width: 120, height: 40, command: folder.readerCommand)
        let screen = try session.waitFor("A paragraph about Zanzibar.", timeout: 20)
        #expect(screen.contains("Pak-Russia Relations, Edited"))
        try session.keys("s")
        try session.literal("zanzibar")
        try session.keys("Enter")
        try session.waitFor("“zanzibar” in all articles: 1 passage", timeout: 20)
        try session.keys("Escape", "q")
    }
}
