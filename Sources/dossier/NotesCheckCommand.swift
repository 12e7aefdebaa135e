import ArgumentParser
import DossierNotes

/// `dossier notes check`: is the notes database sound?
struct NotesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the notes database (SQLite integrity, links, counts); exit 1 if it is damaged."
    )

    @OptionGroup var notesOptions: NotesOptions

    func run() throws {
        let health = try notesOptions.open(.readOnly).health()
        print("database: \(health.path) (schema \(health.schemaVersion))")
        print("integrity: \(health.integrity.joined(separator: "; "))")
        if health.foreignKeyViolations > 0 { print("dangling rows: \(health.foreignKeyViolations)") }
        let statuses = AnchorStatus.allCases.compactMap { status in
            health.byStatus[status].map { "\($0) \(status.rawValue)" }
        }
        print("annotations: \(health.annotations)" + (statuses.isEmpty ? "" : " (" + statuses.joined(separator: ", ") + ")"))
        if !health.isSound { throw ExitCode(1) }
    }
}
