import Foundation
import Testing
@testable import DossierTUI

/// Golden screens: text files under `Golden/` that read like the screen they expect, in
/// two layers — `<name>.txt`, the text, and `<name>.styles.txt`, where each row's styled
/// runs are (`3: 0-24 black on cyan bold, 30-41 reverse`; columns inclusive, plain cells
/// left out), so a lost highlight, selection or conflict mark fails as surely as a lost
/// word.
///
/// Run with `DOSSIER_UPDATE_GOLDEN=1` to (re)write the files in the source tree after
/// checking the new screen by eye.
enum Golden {
    /// Compares `buffer`'s text with `Golden/<name>.txt` and its styles with
    /// `Golden/<name>.styles.txt`.
    static func check(_ buffer: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        compare(buffer.textLines().joined(separator: "\n") + "\n", file: "\(name).txt", sourceLocation: sourceLocation)
        compare(styleRuns(buffer), file: "\(name).styles.txt", sourceLocation: sourceLocation)
    }

    /// Each row's runs of cells in one style other than plain, one line per row that has any.
    static func styleRuns(_ buffer: ScreenBuffer) -> String {
        var text = ""
        for row in 0..<buffer.size.height {
            var runs: [String] = []
            var column = 0
            while column < buffer.size.width {
                let style = buffer[column, row].style
                var end = column
                while end + 1 < buffer.size.width && buffer[end + 1, row].style == style { end += 1 }
                if style != .plain { runs.append("\(column)-\(end) \(describe(style))") }
                column = end + 1
            }
            if !runs.isEmpty { text += "\(row): " + runs.joined(separator: ", ") + "\n" }
        }
        return text
    }

    /// `black on 220 bold+underline`: the colours (`on` the background) and attributes.
    static func describe(_ style: Style) -> String {
        func name(_ color: Color) -> String {
            if case .indexed(let index) = color { return "\(index)" }
            return "\(color)"
        }
        var parts: [String] = []
        if style.foreground != .terminalDefault { parts.append(name(style.foreground)) }
        if style.background != .terminalDefault { parts.append("on " + name(style.background)) }
        let attributes: [(TextAttributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse")]
        let named = attributes.filter { style.attributes.contains($0.0) }.map(\.1)
        if !named.isEmpty { parts.append(named.joined(separator: "+")) }
        return parts.joined(separator: " ")
    }

    private static func compare(_ actual: String, file: String, sourceLocation: SourceLocation) {
        if ProcessInfo.processInfo.environment["DOSSIER_UPDATE_GOLDEN"] != nil {
            try? actual.write(to: sourceDirectory.appendingPathComponent(file), atomically: true, encoding: .utf8)
            return
        }
        guard let url = Bundle.module.url(forResource: "Golden", withExtension: nil)?.appendingPathComponent(file),
              let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file Golden/\(file); actual:\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("screen differs from Golden/\(file)\n--- expected\n\(expected)--- actual\n\(actual)", sourceLocation: sourceLocation)
        }
    }

    private static var sourceDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }
}
