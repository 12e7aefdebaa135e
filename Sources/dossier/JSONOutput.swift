import DossierCore
import Foundation

/// Stable JSON for `--json`: sorted keys, pretty-printed, slashes unescaped.
enum JSONOutput {
    static func print<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        write(try encoder.encode(value))
    }

    /// Writes JSON text to standard output with every scalar ``TerminalSafeText`` would not
    /// keep written as a `\uXXXX` escape: the encoder escapes only U+0000–U+001F, and a raw
    /// DEL, C1 control (CSI U+009B) or bidirectional override would reach the terminal.
    /// The escaped form decodes to exactly the same strings. Outside strings JSON text holds
    /// only ASCII punctuation, digits, letters and whitespace, so every such scalar is inside one.
    static func write(_ json: Data) {
        let text = String(decoding: json, as: UTF8.self)
        guard TerminalSafeText.firstUnsafeScalar(in: text, allowing: .lines) != nil else {
            Console.write(text + "\n")
            return
        }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if TerminalSafeText.treatment(of: scalar, allowing: .lines) == .keep {
                output.append(scalar)
            } else {
                let digits = String(scalar.value, radix: 16)
                output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - digits.count) + digits).unicodeScalars)
            }
        }
        Console.write(String(output) + "\n")
    }
}
