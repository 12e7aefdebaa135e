import ArgumentParser
import DossierCore
import DossierIndex

/// `dossier toc <article>`: the section tree.
struct TocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toc",
        abstract: "Print an article's sections as a tree."
    )

    @OptionGroup var content: ContentOptions
    @Argument(help: "The article id (see `dossier articles`).") var article: String
    @Flag(help: "Print JSON (see README: JSON output).") var json = false

    struct Node: Encodable {
        var id: String
        var title: String
        var level: Int
        var words: Int
        var children: [Node]
    }

    func run() throws {
        let document = try content.fullArticle(article).read().document
        func node(_ index: Int) -> Node {
            let section = document.sections[index]
            let words = document.blocks[section.blocks].filter { !$0.isHeading }.reduce(0) { $0 + WordCounter.count(in: $1.text) }
            return Node(id: section.id, title: section.title, level: section.level, words: words,
                        children: section.children.map(node))
        }
        let roots = document.sections.indices.filter { $0 > 0 && document.sections[$0].parent == nil }.map(node)
        if json {
            try JSONOutput.print(roots)
            return
        }
        func printTree(_ nodes: [Node], indent: String) {
            for node in nodes {
                print("\(indent)\(node.title)  #\(node.id)")
                printTree(node.children, indent: indent + "  ")
            }
        }
        printTree(roots, indent: "")
    }
}
