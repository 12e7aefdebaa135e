import ArgumentParser
import DossierCore
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
        let collection = try content.load().collection
        let parts = target.split(separator: "#", maxSplits: 1).map(String.init)
        let article = try content.article(parts.first ?? "", in: collection)
        let document = article.read().document
        let layout = ArticleLayout(width: width ?? Console.columns.map { min($0, 100) } ?? 80)
        let styled = !plain && Console.stylesAllowed
        var lines: [WrappedLine] = []
        if parts.count == 2 {
            guard let section = document.sectionIndex(withID: parts[1]) else {
                let ids = document.sections.dropFirst().map(\.id).joined(separator: ", ")
                throw ValidationError("No section '\(parts[1])' in \(article.id). Sections: \(ids)")
            }
            lines = layout.lines(for: document, section: section).map(\.line)
        } else {
            lines = ArticleHeader.lines(for: article.metadata, width: layout.width) + layout.lines(for: document).map(\.line)
        }
        Console.write(styled: ANSIText.pieces(lines, styled: styled).map { Console.StyledText(text: $0.text, sgr: $0.sgr) })
    }
}
