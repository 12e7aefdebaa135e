import ArgumentParser
import DossierCore

/// `dossier check`: validates a collection.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a collection: exit 0 when clean, 1 with file:line:column messages when not."
    )

    @OptionGroup var content: ContentOptions
    @Flag(help: "Also print warnings (unused footnotes, unknown keys, …).") var warnings = false

    func run() throws {
        let report = CollectionChecker.check(directory: try content.directory())
        for diagnostic in report.diagnostics where diagnostic.severity == .error || warnings {
            print(diagnostic.description)
        }
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warningCount = report.diagnostics.count - errors
        Console.printError("\(report.articleCount) articles checked: \(errors) errors, \(warningCount) warnings")
        if errors > 0 { throw ExitCode(1) }
    }
}
