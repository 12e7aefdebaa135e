import ArgumentParser
import DossierCore
import DossierIndex

/// `dossier check`: validates a collection.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a collection: exit 0 when clean, 1 with file:line:column messages when not.",
        discussion: """
            Checks the articles, entities.yaml and events.yaml: ids, dates, references, and that \
            every quote resolves. With --coverage, also lists every date in the articles' running \
            text that no event mention quotes and no 'uncovered:' entry excuses.
            """
    )

    @OptionGroup var content: ContentOptions
    @Flag(help: "Also print warnings (unused footnotes, unknown keys, …).") var warnings = false
    @Flag(help: "Also list the dates no event accounts for, with per-article counts.") var coverage = false

    func run() throws {
        // Coverage reads every article's dates, so it parses them all; a plain check answers from the
        // content index, which re-reads only the files that changed.
        let report: CollectionChecker.Report
        if coverage {
            report = CollectionChecker.check(directory: try content.directory(), coverage: true)
        } else {
            let refreshed = try content.refreshedIndex()
            report = try refreshed.index.check(refreshed.collection)
        }
        for diagnostic in report.diagnostics where diagnostic.severity == .error || warnings {
            print(diagnostic.description)
        }
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warningCount = report.diagnostics.count - errors
        if let coverage = report.coverage {
            for summary in coverage.summaries {
                Console.printError("\(summary.article): \(Count.phrase(summary.found, "date")), \(summary.covered) told by events, "
                                   + "\(summary.excused) excused, \(summary.uncovered) uncovered (\(summary.sources) in citations and notes)")
            }
        }
        Console.printError("\(Count.phrase(report.articleCount, "article")), \(Count.phrase(report.entityCount, "entity")), "
                           + "\(Count.phrase(report.eventCount, "event")) checked: "
                           + "\(Count.phrase(errors, "error")), \(Count.phrase(warningCount, "warning"))")
        if errors > 0 { throw ExitCode(1) }
    }
}
