import ArgumentParser
import DossierCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search the collection.")
    @OptionGroup var content: ContentOptions
    func run() throws {}
}
