import ArgumentParser
import DossierCore
import Foundation

/// Standard output and error: the one way out of the process for text, and whether they are
/// terminals that take styles.
///
/// Every string written here passes ``TerminalSafeText`` (line feeds and tabs kept), whatever
/// it holds — a title from a collection, a tag from a notes database, an argument echoed in an
/// error, a file name. The only escape sequences that reach the terminal are the SGR styles
/// that ``write(styled:)`` composes itself. `print` in this module is ``print(_:separator:terminator:)``
/// below, so a command cannot write around the rule by accident.
enum Console {
    /// Text for standard output, cleaned.
    static func write(_ text: String) {
        Swift.print(TerminalSafeText.cleaned(text, allowing: .lines), terminator: "")
    }

    /// A piece of styled output: text, and the SGR parameters it is shown with (`"1"`,
    /// `"1;7"`; empty for no style).
    struct StyledText {
        var text: String
        var sgr: String
    }

    /// Styled pieces for standard output: each text cleaned, each style written as
    /// `ESC [ parameters m … ESC [ 0 m`. Parameters that are not digits and `;` are ignored,
    /// so even a style cannot carry anything but SGR.
    static func write(styled pieces: [StyledText]) {
        var output = ""
        for piece in pieces {
            let text = TerminalSafeText.cleaned(piece.text, allowing: .lines)
            let isSGR = !piece.sgr.isEmpty && piece.sgr.allSatisfy { $0 == ";" || ("0"..."9").contains($0) }
            output += isSGR ? "\u{1B}[\(piece.sgr)m\(text)\u{1B}[0m" : text
        }
        Swift.print(output, terminator: "")
    }

    /// A line on standard error, cleaned.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(TerminalSafeText.cleaned(message + "\n", allowing: .lines).utf8))
    }

    /// Parses the arguments and runs `Command`; the messages of errors (an argument echoed
    /// back, a file name) and of `--help` go through ``write(_:)`` and ``printError(_:)``
    /// rather than straight to the file descriptors as `ParsableCommand.main()` would. A usage
    /// error, which ArgumentParser ends with 64, ends with ``ExitStatus/usage`` (the table in
    /// the README).
    static func run<Command: ParsableCommand>(_: Command.Type) -> Never {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.count > argumentLimit {
            printError("Error: \(arguments.count) arguments are more than the \(argumentLimit) dossier takes. Give a folder "
                       + "instead of its files, and many search words as one quoted argument: dossier search \"w1 w2 …\".")
            exit(ExitStatus.usage)
        }
        do {
            var command = try Command.parseAsRoot()
            try command.run()
            exit(ExitCode.success.rawValue)
        } catch {
            let message = Command.fullMessage(for: error)
            let code = Command.exitCode(for: error)
            if !message.isEmpty {
                if code == .success { write(message + "\n") } else { printError(message) }
            }
            exit(ExitStatus.isUsageError(error, of: Command.self) ? ExitStatus.usage : code.rawValue)
        }
    }

    /// The most arguments a command line may have. ArgumentParser's time grows with the
    /// square of their number (it removes each parsed argument from an array: 1,000 take
    /// 0.4 s, 2,000 1.5 s, 4,000 6.4 s in a debug build), so a longer line is refused before
    /// it is parsed. No command needs as many: a folder is one argument, a query can be one.
    static let argumentLimit = 4096

    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Styles are used only on a terminal, without NO_COLOR, and not for TERM=dumb.
    static var stylesAllowed: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return standardOutputIsTerminal
    }

    /// The terminal's width, or nil when standard output is not a terminal.
    static var columns: Int? {
        guard standardOutputIsTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }
}

/// `print` for this module: writes through ``Console/write(_:)`` — it shadows `Swift.print`
/// so that every command's output is cleaned without the command having to remember it.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Console.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
}
