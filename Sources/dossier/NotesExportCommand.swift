import ArgumentParser
import DossierCore
import DossierNotes
import Foundation

/// `dossier notes export --format w3c|markdown [-o FILE]`.
struct NotesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export annotations as W3C Web Annotation JSON-LD or Markdown.",
        discussion: """
            w3c: an AnnotationCollection of W3C Web Annotations (the model Hypothesis and other \
            annotation tools use), targets dossier:<collection>/<article> with TextQuoteSelector \
            and TextPositionSelector; `dossier notes import` reads it back without duplicates. \
            markdown: the annotations grouped by article, each passage quoted.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case w3c, markdown
    }

    @OptionGroup var content: ContentOptions
    @OptionGroup var notesOptions: NotesOptions
    @Option(help: "w3c or markdown.") var format: Format
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file (default: standard output).",
                                                                     valueName: "file"))
    var output: String?
    @Option(help: ArgumentHelp("Only this article.", valueName: "id")) var article: String?

    func run() throws {
        let store = try notesOptions.open()
        let data: Data
        switch format {
        case .w3c:
            data = try store.exportW3C(article: article)
        case .markdown:
            let collection = NotesContent.optionalCollection(content)
            let key = collection.map(NotesCollectionKey.key(for:))
            let markdown = try store.exportMarkdown(article: article) { collectionKey, articleID in
                guard collectionKey == key else { return nil }
                return collection?.article(withID: articleID)?.metadata.title
            }
            data = Data(markdown.utf8)
        }
        if let output {
            // A file gets the exact data; standard output only what is safe for a terminal.
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } else if format == .w3c {
            JSONOutput.write(data)
        } else {
            Console.write(String(decoding: data, as: UTF8.self))
        }
    }
}
