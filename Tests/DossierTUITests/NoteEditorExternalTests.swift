import Foundation
import Testing
@testable import DossierTUI

/// `E`: the note written to a private temporary file, `$VISUAL`/`$EDITOR`/`vi` run on
/// it through the shell, the text read back.
@Suite("Note editor: $VISUAL and $EDITOR")
struct NoteEditorExternalTests {
    @Test func theEditorIsVisualThenEditorThenVi() {
        #expect(ExternalEditor(environment: ["VISUAL": "nvim", "EDITOR": "nano"]).command == "nvim")
        #expect(ExternalEditor(environment: ["VISUAL": "  ", "EDITOR": "nano"]).command == "nano")
        #expect(ExternalEditor(environment: ["EDITOR": "code --wait"]).command == "code --wait")
        #expect(ExternalEditor(environment: [:]).command == "vi")
    }

    @Test func theCommandRunsThroughTheShellWithTheFileAsArgument() {
        let editor = ExternalEditor(command: "code --wait")
        #expect(editor.arguments(editing: "/tmp/n.md") == ["/bin/sh", "-c", "code --wait \"$@\"", "code --wait", "/tmp/n.md"])
    }

    @Test func aSessionWritesRunsAndReadsBack() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-editor-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let editor = ExternalEditor(environment: ["EDITOR": "sed -i -e s/Tashkent/Simla/ -e '$a\\\nSecond line'"])
        let session = try editor.prepare(body: "Tashkent, 1966", directory: directory)
        #expect(try String(contentsOfFile: session.file, encoding: .utf8) == "Tashkent, 1966\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: session.file)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try session.run() == 0)
        #expect(try session.finish() == "Simla, 1966\nSecond line")
        #expect(!FileManager.default.fileExists(atPath: session.file))
    }

    @Test func aFailingEditorReportsItsStatus() throws {
        let session = try ExternalEditor(command: "false").prepare(body: "kept")
        defer { session.discard() }
        #expect(try session.run() != 0)
        #expect(try session.result() == "kept")
    }
}
