import ArgumentParser
import DossierCore
import DossierImport
import Foundation

/// `dossier init DIR`: a new, empty collection — `collection.yaml` with a stable id,
/// `articles/`, and a short README of the format.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a new collection folder: collection.yaml (with a stable id), articles/, README.md.",
        discussion: """
            The folder may exist already (a folder of your texts, say); init refuses one that \
            is a collection already (it has collection.yaml or articles/). Then add texts with \
            `dossier import FILE… --into DIR`.
            """
    )

    @Argument(help: ArgumentHelp("The folder to make the collection in.", valueName: "dir")) var directory: String
    @Option(help: ArgumentHelp("The collection's title (default: the folder's name).", valueName: "title")) var title: String?

    func run() throws {
        let fileManager = FileManager.default
        let manifest = CollectionLoader.join(directory, CollectionLoader.manifestFileName)
        let articles = CollectionLoader.join(directory, "articles")
        if fileManager.fileExists(atPath: manifest) || fileManager.fileExists(atPath: articles) {
            Console.printError("Error: \(directory) is a collection already (it has \(fileManager.fileExists(atPath: manifest) ? "collection.yaml" : "articles/")); nothing was changed.")
            throw ExitCode(1)
        }
        let title = (title ?? CollectionID.folderName(directory)).trimmingCharacters(in: .whitespacesAndNewlines)
        let id = CollectionID.make(title: title)
        do {
            try fileManager.createDirectory(atPath: articles, withIntermediateDirectories: true)
            try Data(Self.manifest(id: id, title: title).utf8).write(to: URL(fileURLWithPath: manifest), options: .withoutOverwriting)
            let readme = CollectionLoader.join(directory, "README.md")
            if !fileManager.fileExists(atPath: readme) {
                try Data(Self.readme.utf8).write(to: URL(fileURLWithPath: readme), options: .withoutOverwriting)
            }
        } catch {
            Console.printError("Error: cannot make the collection in \(directory): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("Made collection '\(title)' (id \(id)) in \(directory)")
        print("Next: dossier import FILE… --into \(directory)")
    }

    static func manifest(id: String, title: String) -> String {
        """
        # The stable id keys your notes and reading positions: keep it when you rename the title.
        id: \(id)
        title: \(ArticleFileText.quoted(title))
        description: ""
        # Reading order (optional; without it, articles are read in file-name order):
        # articles: [first-article, second-article]

        """
    }

    static let readme = """
        # A Dossier collection

        - `collection.yaml`: the collection's `id` (keep it: it keys your notes), `title`,
          `description`, and optionally `articles:`, the reading order.
        - `articles/NAME.md` or `articles/NAME.txt`: one article each; `NAME` is its id
          (lowercase letters, digits and `-`). Only the text is required. A Markdown file may
          start with front matter between two `---` lines: `title`, `authors`, `kind`,
          `source` (where the text came from), `published`, `venue`.
        - `events.yaml`, `entities.yaml` (optional): the timeline.

        `dossier import FILE… --into .` adds texts (.md, .txt, .html, .pdf);
        `dossier check --content .` says what is wrong, with file:line:column;
        `dossier --content .` opens the reader.

        """
}
