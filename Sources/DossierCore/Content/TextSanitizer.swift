/// Turns raw file bytes into text that is safe to display, reporting what it had to change.
///
/// Invalid UTF-8 becomes U+FFFD; control characters (C0 except line feed and tab, DEL, C1),
/// line/paragraph separators and bidirectional overrides become U+FFFD too, so nothing from a
/// file can act as a terminal control sequence. A carriage return before a line feed is dropped
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
                if isUnsafe(scalar) {
                    report(&controlCount, "control character U+\(hex(scalar)) (replaced with U+FFFD)")
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
        for scalar in text.unicodeScalars where scalar.value >= 0x80 && isUnsafe(scalar) { return nil }
        return text
    }

    /// Whether a scalar could steer a terminal or reorder displayed text.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
