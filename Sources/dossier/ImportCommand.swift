import ArgumentParser
import DossierCore
import DossierImport
import Foundation

/// `dossier import FILE|DIR… --into DIR`: texts become articles of a collection.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add texts to a collection: .md, .txt, saved web pages (.html, .htm), .pdf (with pdftotext).",
        discussion: """
            Each file becomes articles/ID.md, ID from its name, with front matter filled from what \
            the file says (title from its first heading or line, or the page's <h1>/<title>; author \
            and date from the page's <meta>; source: the page's address or the file's name). \
            Plain-text paragraphs are re-joined; a page's scripts, styles, navigation, header and \
            footer are dropped. The original files are only read. A file already imported (an \
            article has its source) is refused, never duplicated. Exit status 1 when a file \
            could not be imported.
            """
    )

    @Argument(help: ArgumentHelp("Files, or folders whose .md/.txt/.html/.htm/.pdf files are imported.", valueName: "file|dir"))
    var inputs: [String]
    @Option(name: [.customLong("into"), .customLong("content")],
            help: ArgumentHelp("The collection to add to (made with `dossier init`).", valueName: "dir"))
    var into: String

    func run() throws {
        let fileManager = FileManager.default
        let articles = CollectionLoader.join(into, "articles")
        var isDirectory: ObjCBool = false
        if !(fileManager.fileExists(atPath: articles, isDirectory: &isDirectory) && isDirectory.boolValue) {
            // A folder that is not a collection is not ours to write in.
            guard fileManager.fileExists(atPath: CollectionLoader.join(into, CollectionLoader.manifestFileName)) else {
                Console.printError("Error: \(into) is not a collection (no collection.yaml, no articles/). Make one with: dossier init \(into)")
                throw ExitCode(1)
            }
            try fileManager.createDirectory(atPath: articles, withIntermediateDirectories: false)
        }
        let outcomes = ArticleImporter.run(inputs: inputs, into: into)
        var counts = (imported: 0, skipped: 0, failed: 0)
        for outcome in outcomes {
            switch outcome.result {
            case .imported(let id, let file, let title):
                counts.imported += 1
                print("imported \(shown(outcome.input)) → \(file)  (id \(id)\(title.map { ", title \"\(shown($0))\"" } ?? ""))")
            case .alreadyImported(let id):
                counts.skipped += 1
                print("skipped  \(shown(outcome.input)): already imported as article '\(id)'")
            case .failed(let message):
                counts.failed += 1
                Console.printError("failed   \(shown(outcome.input)): \(message)")
            }
        }
        print("\(counts.imported) \(counts.imported == 1 ? "article" : "articles") imported, \(counts.skipped) skipped, \(counts.failed) failed.")
        if counts.imported > 0 { print("Next: dossier check --content \(into)") }
        if counts.failed > 0 { throw ExitCode(1) }
    }

    /// A path or title as printed: a control character in a file name must not reach the terminal.
    func shown(_ text: String) -> String {
        TextSanitizer.sanitize(Array(text.utf8), file: "").text
    }
}
