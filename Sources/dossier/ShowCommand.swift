import ArgumentParser
import DossierCore
import DossierIndex
import DossierTUI

/// `dossier show <article>[#section]`: the text rendered for a terminal or a pipe.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article (or one section) wrapped for the terminal or a pipe.",
        discussion: """
            Headings, paragraphs wrapped by display width, list numbers, footnote marks [n] with \
            the footnotes after each section. Styles (ANSI SGR) only when standard output is a \
            terminal, never with --plain, a pipe or NO_COLOR.
            """
    )

    @OptionGroup var content: ContentOptions
    @Argument(help: ArgumentHelp("The article id, optionally with a section id: hanif#introduction.", valueName: "article[#section]"))
    var target: String
    @Option(help: "Wrap at this many columns (default: the terminal's width, else 80).") var width: Int?
    @Flag(help: "No styles, even on a terminal.") var plain = false

    func validate() throws {
        if let width, width < 20 || width > 1000 {
            throw ValidationError("--width must be between 20 and 1000.")
        }
    }

    func run() throws {
        let parts = target.split(separator: "#", maxSplits: 1).map(String.init)
        let article = try content.fullArticle(parts.first ?? "")
        let document = article.read().document
        var section: Int?
        if parts.count == 2 {
            guard let index = document.sectionIndex(withID: parts[1]) else {
                let ids = document.sections.dropFirst().map(\.id).joined(separator: ", ")
                throw NothingFound("No section '\(parts[1])' in \(article.id). Sections: \(ids)")
            }
            section = index
        }
        // Printed as laid out: an article of any size never has all its lines in memory.
        let printer = ArticlePrinter(width: width ?? Console.columns.map { min($0, 100) } ?? 80, styled: !plain && Console.stylesAllowed)
        printer.print(article, document: document, section: section) { pieces in
            Console.write(styled: pieces.map { Console.StyledText(text: $0.text, sgr: $0.sgr) })
        }
    }
}
