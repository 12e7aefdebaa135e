import DossierCore
import DossierIndex
import Foundation

/// The reader as the executable starts it: the one way into this module's reader, so
/// that its own types (the terminal, the state, the effects) stay internal.
public enum Reader {
    /// Why this process's terminal cannot run the reader (standard input or output is
    /// not a terminal, `TERM` is unset or `dumb`), or `nil` when it can. Asked before
    /// the collection loads, so that a pipe gets its message at once.
    public static func terminalProblem() -> TerminalError? {
        TerminalEnvironment.current().problem
    }

    /// Takes over the process's terminal and reads `collection` until the user quits,
    /// then gives the terminal back.
    ///
    /// Reading positions and the clipboard file live in the state directory
    /// (``StateDirectory``; when there is none, positions are not kept);
    /// the notes database at `notesPath` is opened after the first frame.
    /// - Throws: a ``TerminalError`` (its description is the message for the user) when
    ///   the terminal cannot be taken over.
    public static func run(collection: DossierCollection, index: ContentIndex, notesPath: String) throws {
        let stateDirectory = StateDirectory.path(environment: ProcessInfo.processInfo.environment)
        let store: ReadingPositionStore = stateDirectory
            .map { FileReadingPositionStore(directory: $0, collection: collection) } ?? NoReadingPositionStore()
        let terminal = try NcursesTerminal(environment: .current())
        let program = ReaderProgram(collection: collection, terminal: terminal, store: store, notes: NotesConnection(path: notesPath),
                                    clipboardFile: stateDirectory.map(ClipboardFile.init(directory:)), index: index)
        program.run()
        terminal.restore()
    }
}
