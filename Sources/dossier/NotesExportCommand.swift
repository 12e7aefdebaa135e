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
            annotation tools use). Each target's source is the article's file URL (its front \
            matter url as via), with dossier:collection, dossier:article, a TextQuoteSelector and \
            a TextPositionSelector; `dossier notes import` reads it back without duplicates. \
            markdown: the annotations grouped by article with its reference, each passage quoted with \
            its section, [[links]] in words.
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
        let store = try notesOptions.open(.readOnly)
        let data: Data
        switch format {
        case .w3c:
            let sources = NotesContent.optionalCollection(content).map(W3CArticleSources.init(collection:))
            data = try store.exportW3C(article: article, sources: sources)
        case .markdown:
            let sources = NotesContent.optionalCollection(content).map { collection in
                // The timeline parses every article; the references reuse those documents.
                let loaded = TimelineLoader.load(collection: collection)
                return SourceReferences(collection: collection, timeline: loaded.timeline, documents: loaded.documents, store: store)
            }
            let markdown = try store.exportMarkdown(article: article, sources: sources)
            data = Data(markdown.utf8)
        }
        if let output {
            // A file gets the exact data; standard output only what is safe for a terminal.
            try OutputFile.write(data, to: output)
        } else if format == .w3c {
            JSONOutput.write(data)
        } else {
            Console.write(String(decoding: data, as: UTF8.self))
        }
    }
}
