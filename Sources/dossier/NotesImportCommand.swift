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
            all or nothing.
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
        let report = try store.importW3C(data)
        for reason in report.skipped { Console.printError("skipped \(reason)") }
        print("Imported \(report.inserted) new, \(report.updated) updated, \(report.unchanged) unchanged"
              + (report.skipped.isEmpty ? "." : "; \(report.skipped.count) skipped."))
        // Bring the imported anchors up to date with this collection's text.
        if let collection = NotesContent.optionalCollection(content) {
            let key = try store.collectionKey(for: collection)
            let articles = Set(try store.list(collection: key).map(\.article))
            try NotesContent.reanchor(store, collection: collection, articles: articles)
        }
    }
}
