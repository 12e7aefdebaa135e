import ArgumentParser
import DossierCore

/// `dossier show <article>[#section]`: the text rendered for a terminal or a pipe.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article (or one section) wrapped for the terminal or a pipe."
    )

    @OptionGroup var content: ContentOptions
    @Argument(help: ArgumentHelp("The article id, optionally with a section id: hanif#introduction.", valueName: "article[#section]"))
    var target: String
    @Option(help: "Wrap at this many columns (default: the terminal's width, else 80).") var width: Int?
    @Flag(help: "No styles, even on a terminal.") var plain = false

    func run() throws {
        throw ValidationError("show is not wired yet")
    }
}
