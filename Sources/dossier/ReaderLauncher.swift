import ArgumentParser
import DossierCore
import DossierIndex
import DossierNotes
import DossierTUI
import Foundation

/// Opens the reader (`dossier` with no command): checks the terminal first — a pipe or
/// `TERM=dumb` gets a clear message and exit status 1 — then loads the collection's front
/// matter and hands the terminal to the reader until the user quits.
///
/// The front matter comes from the content index for the files it knows unchanged, and
/// from the head of each other file; no body is read before the first frame. The index is
/// brought up to date by the reader, in the background.
///
/// The notes database (`--notes`, `$DOSSIER_NOTES`, the XDG default) is opened by the
/// reader after its first frame; one it cannot use (a newer Dossier's) is reported
/// there and left untouched, and the articles are still read.
enum ReaderLauncher {
    static func launch(content: ContentOptions, notes: NotesOptions) throws {
        if let problem = Reader.terminalProblem() {
            Console.printError(problem.description)
            throw ExitCode(1)
        }
        let directory = try content.directory()
        let index = ContentIndex.open(collection: directory).index
        let loaded = CollectionLoader.load(directory: directory, readArticle: index.frontMatterReader())
        guard !loaded.collection.articles.isEmpty else {
            for diagnostic in loaded.errors { Console.printError(diagnostic.description) }
            Console.printError("dossier: no article to read in \(directory)")
            throw ExitCode(1)
        }
        do {
            try Reader.run(collection: loaded.collection, index: index, notesPath: NotesLocation.path(explicitPath: notes.notes))
        } catch let error as TerminalError {
            Console.printError(error.description)
            throw ExitCode(1)
        }
    }
}
