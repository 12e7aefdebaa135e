import ArgumentParser
import DossierCore
import DossierNotes
import Foundation

/// `dossier notes import FILE`.
struct NotesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a W3C Web Annotation file (such as `dossier notes export --format w3c`).",
        discussion: """
            Annotations are matched by id: importing the same file twice adds nothing, and a stored \
            annotation is replaced only by a version modified later. The import is one transaction: \
            all or nothing. Annotations from other tools (Hypothesis, any W3C client) are placed by \
            their TextQuoteSelector on the article whose file URL or front-matter url is their \
            source; one that cannot be placed is kept as an orphan and reported, never dropped.
            """
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var notesOptions: NotesOptions
    @Argument(help: ArgumentHelp("The JSON-LD file.", valueName: "file")) var file: String

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw NotesCommandError("Cannot read \(file): \(error.localizedDescription)")
        }
        let store = try notesOptions.open()
        let collection = NotesContent.optionalCollection(content)
        let report = try store.importW3C(data, sources: collection.map(W3CArticleSources.init(collection:)))
        for reason in report.skipped { Console.printError("skipped \(reason)") }
        for warning in report.warnings { Console.printError("warning: \(warning)") }
        for reason in report.orphaned { Console.printError(reason) }
        // Bring the imported anchors up to date with this collection's text.
        var unanchored: [Annotation] = []
        if let collection {
            let key = try store.collectionKey(for: collection)
            let articles = Set(try store.list(collection: key).map(\.article))
            try NotesContent.reanchor(store, collection: collection, articles: articles)
            unanchored = try report.placed.compactMap { try store.annotation(id: $0) }
                .filter { $0.collection == key && $0.anchorStatus == .orphaned }
        }
        for annotation in unanchored {
            Console.printError("\(annotation.id): kept as an orphan: its quote is not in \(annotation.article)")
        }
        let orphans = report.orphaned.count + unanchored.count
        print("Imported \(report.inserted) new, \(report.updated) updated, \(report.unchanged) unchanged"
              + (report.skipped.isEmpty ? "" : "; \(report.skipped.count) skipped")
              + (orphans == 0 ? "" : "; \(orphans) kept as orphans") + ".")
    }
}
