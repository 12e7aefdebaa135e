import Foundation
import Testing

/// `-o FILE` never replaces what is not a regular file: `-o /dev/null` once turned the
/// machine's /dev/null into a regular file (an atomic write renames over its target).
@Suite("Output files")
struct OutputFileTests {
    @Test func aDeviceGivenAsOutputIsWrittenToNotReplaced() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A link to /dev/null stands for the device: replacing the link would be the bug,
        // without putting the real /dev/null at risk should it come back.
        let link = folder.appendingPathComponent("sink").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        let notes = folder.appendingPathComponent("notes.sqlite").path
        for arguments in [["brief", "--tag", "industry"], ["notes", "export", "--format", "w3c"],
                          ["notes", "export", "--format", "markdown"]] {
            let run = try DossierProcess.run(arguments + ["--notes", notes, "-o", link])
            #expect(run.status == 0, "\(arguments): \(run.standardError)")
            let kind = try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType
            #expect(kind == .typeSymbolicLink, "\(arguments) replaced the link")
        }
        let device = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(device == .typeCharacterSpecial)
    }
}
