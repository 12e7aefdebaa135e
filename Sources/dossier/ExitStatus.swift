import ArgumentParser

/// The exit statuses of every command: the table in the README.
enum ExitStatus {
    /// It worked (and found something, for the commands that look).
    static let success: Int32 = 0
    /// Nothing found, or input that cannot be used: a search without a match, an
    /// unknown article or event, a collection with errors, a refused note, an
    /// unreadable import.
    static let failure: Int32 = 1
    /// The command line is wrong: an unknown command or option, a missing or
    /// malformed argument. ArgumentParser says 64 (EX_USAGE from sysexits.h);
    /// Dossier says 2, as grep, diff, ls and most other Unix tools do.
    static let usage: Int32 = 2

    /// Whether ArgumentParser treats `error` as a usage error (it prints the usage with it).
    static func isUsageError(_ error: any Error, of command: any ParsableCommand.Type) -> Bool {
        command.exitCode(for: error).rawValue == ExitCode.validationFailure.rawValue
    }
}

/// Nothing matches what was asked for (an article, a section, an event, an
/// entity, a tag): printed as `Error: …` without the usage, exit status 1.
struct NothingFound: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
