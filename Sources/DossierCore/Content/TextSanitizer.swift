/// Turns raw file bytes into text that is safe to display, reporting what it had to change.
///
/// Invalid UTF-8 becomes U+FFFD; every scalar ``TerminalSafeText`` calls unsafe (except line
/// feed and tab) becomes U+FFFD too and is reported — at load time even a bidirectional
/// override is made visible, since it is an error in the file — so nothing from a file can act
/// as a terminal control sequence. A carriage return before a line feed is dropped
/// (CRLF files load like LF files) and a tab becomes spaces to the next multiple of four.
public enum TextSanitizer {
    public struct Result: Sendable {
        public var text: String
        public var diagnostics: [Diagnostic]
    }

    /// At most this many problems of one kind are listed per file; the rest are summarised.
    static let reportLimit = 10

    public static func sanitize(_ bytes: [UInt8], file: String) -> Result {
        if let clean = cleanText(bytes) { return Result(text: clean, diagnostics: []) }
        var output = String.UnicodeScalarView()
        output.reserveCapacity(bytes.count)
        var diagnostics: [Diagnostic] = []
        var invalidCount = 0
        var controlCount = 0
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        var pendingCarriageReturn = false

        func report(_ kind: inout Int, _ message: String) {
            kind += 1
            if kind <= reportLimit {
                diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
            }
        }

        // Skip a byte-order mark.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            _ = iterator.next(); _ = iterator.next(); _ = iterator.next()
        }

        decoding: while true {
            let scalar: Unicode.Scalar
            switch decoder.decode(&iterator) {
            case .scalarValue(let value):
                scalar = value
            case .emptyInput:
                break decoding
            case .error:
                report(&invalidCount, "invalid UTF-8 byte sequence (replaced with U+FFFD)")
                output.append("\u{FFFD}")
                column += 1
                continue
            }
            if pendingCarriageReturn {
                pendingCarriageReturn = false
                if scalar != "\n" {
                    // A lone carriage return ends a line, as in CommonMark.
                    output.append("\n")
                    line += 1
                    column = 1
                }
            }
            switch scalar {
            case "\n":
                output.append(scalar)
                line += 1
                column = 1
            case "\r":
                pendingCarriageReturn = true
            case "\t":
                let spaces = 4 - ((column - 1) % 4)
                for _ in 0..<spaces { output.append(" ") }
                column += spaces
            default:
                if TerminalSafeText.isUnsafe(scalar) {
                    report(&controlCount, "control character \(TerminalSafeText.codePoint(scalar)) (replaced with U+FFFD)")
                    output.append("\u{FFFD}")
                } else {
                    output.append(scalar)
                }
                column += 1
            }
        }
        if pendingCarriageReturn { output.append("\n") }
        if invalidCount > reportLimit {
            diagnostics.append(Diagnostic(file: file, line: line, column: 1,
                                          message: "\(invalidCount - reportLimit) more invalid UTF-8 sequences replaced"))
        }
        if controlCount > reportLimit {
            diagnostics.append(Diagnostic(file: file, line: line, column: 1,
                                          message: "\(controlCount - reportLimit) more control characters replaced"))
        }
        return Result(text: String(output), diagnostics: diagnostics)
    }

    /// The text when it needs no change at all — valid UTF-8 without a byte-order mark,
    /// carriage return, tab or unsafe scalar — which is every well-formed file; nil otherwise.
    static func cleanText(_ bytes: [UInt8]) -> String? {
        for byte in bytes where byte < 0x20 && byte != 0x0A || byte == 0x7F { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        for scalar in text.unicodeScalars where scalar.value >= 0x80 && TerminalSafeText.isUnsafe(scalar) { return nil }
        return text
    }

}
