import Foundation
import Testing
@testable import DossierTUI

/// Golden screens: text files under `Golden/` that read like the screen they expect.
///
/// Run with `DOSSIER_UPDATE_GOLDEN=1` to (re)write the files in the source tree after
/// checking the new screen by eye.
enum Golden {
    /// Compares `buffer`'s text with `Golden/<name>.txt`.
    static func check(_ buffer: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = buffer.textLines().joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["DOSSIER_UPDATE_GOLDEN"] != nil {
            let url = sourceDirectory.appendingPathComponent("\(name).txt")
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let url = Bundle.module.url(forResource: "Golden", withExtension: nil)?.appendingPathComponent("\(name).txt"),
              let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file Golden/\(name).txt; actual screen:\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("screen differs from Golden/\(name).txt\n--- expected\n\(expected)--- actual\n\(actual)", sourceLocation: sourceLocation)
        }
    }

    private static var sourceDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }
}
