import Foundation

/// The user's own editor for long notes (`E`): `$VISUAL`, else `$EDITOR`, else `vi`.
///
/// The reader runs it as an effect: ``prepare(body:directory:)`` writes the note to a
/// private temporary file, the run loop suspends the terminal, runs
/// ``ExternalEditSession/run()`` (which waits for the editor), resumes the terminal and
/// reads the text back with ``ExternalEditSession/finish()``.
///
/// The command is run through `/bin/sh` the way git runs its editor, so `$EDITOR` may
/// hold arguments or quotes (`code --wait`, `emacsclient -t`).
///
/// ```swift
/// let editor = ExternalEditor(environment: ProcessInfo.processInfo.environment)
/// let session = try editor.prepare(body: note.body)
/// terminal.suspend(); let status = try session.run(); terminal.resume()
/// let body = try session.finish()      // the file removed
/// ```
struct ExternalEditor: Hashable, Sendable {
    /// The editor command as the user wrote it.
    var command: String

    /// The editor chosen by `environment`: `VISUAL`, else `EDITOR`, else `vi` (blank
    /// values are skipped).
    init(environment: [String: String]) {
        let chosen = ["VISUAL", "EDITOR"].lazy
            .compactMap { environment[$0]?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty }
        self.command = chosen ?? "vi"
    }

    /// An editor run as `command`.
    init(command: String) {
        self.command = command
    }

    /// The program and arguments that edit `file`: `/bin/sh -c '<command> "$@"' <command> <file>`.
    func arguments(editing file: String) -> [String] {
        ["/bin/sh", "-c", command + " \"$@\"", command, file]
    }

    /// Writes `body` to a new file, readable by its owner only, in `directory`, and
    /// returns the session that edits it. A final newline is added, as editors expect.
    func prepare(body: String, directory: String = NSTemporaryDirectory()) throws -> ExternalEditSession {
        let name = "dossier-note-\(UUID().uuidString.prefix(8).lowercased()).md"
        let file = URL(fileURLWithPath: directory).appendingPathComponent(name).path
        let contents = body.isEmpty || body.hasSuffix("\n") ? body : body + "\n"
        guard FileManager.default.createFile(atPath: file, contents: Data(contents.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
        }
        return ExternalEditSession(file: file, arguments: arguments(editing: file), originalBody: body)
    }
}

extension ExternalEditor {
    /// Hands the terminal to the editor on `request`'s note and takes it back: what
    /// ``Effect/editExternally(_:)`` does.
    func edit(_ request: ExternalEditRequest, suspending terminal: Terminal) -> ExternalEditOutcome {
        let session: ExternalEditSession
        do {
            session = try prepare(body: request.body)
        } catch {
            return .failed("Could not write the note for the editor: \(error.localizedDescription)")
        }
        terminal.suspend()
        let status: Int32
        do {
            status = try session.run()
        } catch {
            terminal.resume()
            session.discard()
            return .failed("Could not start the editor “\(command)”: \(error)")
        }
        terminal.resume()
        guard status == 0 else {
            session.discard()
            return .failed("The editor “\(command)” exited with status \(status); the note is unchanged")
        }
        do {
            return .edited(try session.finish())
        } catch {
            return .failed("Could not read the note back from the editor: \(error.localizedDescription)")
        }
    }
}
