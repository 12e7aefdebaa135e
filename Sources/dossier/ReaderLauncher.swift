import ArgumentParser
import DossierCore

/// Opens the reader: the TUI once it is built; until then, says so plainly.
enum ReaderLauncher {
    static func launch(content: ContentOptions) throws {
        _ = try content.directory()
        print("""
            The Dossier reader (the terminal interface) is not built yet.
            Use the commands meanwhile:
              dossier articles            list the articles
              dossier toc ARTICLE         an article's sections
              dossier show ARTICLE[#SECTION]   read an article
              dossier search QUERY        search the collection
              dossier check               validate the collection
            Run `dossier --help` for details.
            """)
    }
}
