import ArgumentParser
import DossierCore

/// `dossier`: read, search and annotate a collection of long articles in the terminal.
@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Read, search and annotate a collection of long articles in the terminal.",
        discussion: """
            With no command, opens the reader on the collection. The collection is the folder \
            given by --content, else $DOSSIER_CONTENT, else the bundled Content folder. Notes \
            are kept in the database given by --notes, else $DOSSIER_NOTES, else \
            $XDG_DATA_HOME/dossier/notes.sqlite.
            """,
        subcommands: [
            ArticlesCommand.self, TocCommand.self, ShowCommand.self, SearchCommand.self, CheckCommand.self,
            TimelineCommand.self, EventCommand.self, EntityCommand.self,
            NotesCommand.self,
        ]
    )

    @OptionGroup var content: ContentOptions
    @OptionGroup var notesOptions: NotesOptions

    /// Runs with every message, errors and `--help` included, written through ``Console``.
    static func main() { Console.run(Self.self) }

    mutating func run() throws {
        try ReaderLauncher.launch(content: content, notes: notesOptions)
    }
}
