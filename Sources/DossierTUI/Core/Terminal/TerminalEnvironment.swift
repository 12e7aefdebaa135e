#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the reader cannot take over the terminal, with a message for the user.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, CI).
    case notATerminal(stream: String)
    /// `TERM` is unset or `dumb`: no cursor movement.
    case dumbTerminal(term: String?)
    /// ncurses does not know the terminal type, or could not start.
    case cannotStart(term: String?)

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "dossier: \(stream) is not a terminal; the reader needs an interactive terminal. "
                + "Use `dossier --help` for the commands that print to a pipe."
        case .dumbTerminal(let term):
            let name = term.map { "TERM=\($0)" } ?? "TERM is not set"
            return "dossier: \(name): this terminal cannot move the cursor, so the reader cannot run. "
                + "Set TERM to your terminal type (for example xterm-256color)."
        case .cannotStart(let term):
            return "dossier: cannot start the full-screen reader for TERM=\(term ?? "(unset)"); "
                + "is this terminal type installed (infocmp \(term ?? ""))?"
        }
    }
}

/// The facts about the process's terminal that decide whether and how the reader runs.
struct TerminalEnvironment: Hashable, Sendable {
    /// `TERM`.
    var term: String?
    /// Whether `NO_COLOR` is set to a non-empty value (https://no-color.org).
    var noColor: Bool
    var standardInputIsTerminal: Bool
    var standardOutputIsTerminal: Bool

    init(term: String?, noColor: Bool, standardInputIsTerminal: Bool, standardOutputIsTerminal: Bool) {
        self.term = term
        self.noColor = noColor
        self.standardInputIsTerminal = standardInputIsTerminal
        self.standardOutputIsTerminal = standardOutputIsTerminal
    }

    /// The environment of this process.
    static func current() -> TerminalEnvironment {
        TerminalEnvironment(
            term: getenv("TERM").map { String(cString: $0) },
            noColor: getenv("NO_COLOR").map { $0.pointee != 0 } ?? false,
            standardInputIsTerminal: isatty(STDIN_FILENO) == 1,
            standardOutputIsTerminal: isatty(STDOUT_FILENO) == 1
        )
    }

    /// Why the reader cannot run here, or `nil` when it can.
    var problem: TerminalError? {
        if !standardOutputIsTerminal { return .notATerminal(stream: "standard output") }
        if !standardInputIsTerminal { return .notATerminal(stream: "standard input") }
        guard let term, !term.isEmpty, term != "dumb" else { return .dumbTerminal(term: term) }
        return nil
    }
}
