import Foundation

/// What a test may accept in bytes written for a terminal: checks output byte by byte.
enum TerminalBytes {
    /// Every byte or scalar that a terminal could obey, described with its offset; empty when
    /// the output is safe.
    ///
    /// Allowed: line feed and tab; with `sgr`, `ESC [ digits/; m` and nothing else after an ESC;
    /// with `tty`, a carriage return right before a line feed (the terminal driver adds it).
    static func problems(in data: Data, sgr: Bool = false, tty: Bool = false) -> [String] {
        let bytes = [UInt8](data)
        var problems: [String] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                if sgr, let end = sgrEnd(bytes, from: index) {
                    index = end
                    continue
                }
                problems.append("ESC at \(index): \(excerpt(bytes, index))")
            } else if byte == 0x0D {
                if !(tty && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
                    problems.append("carriage return at \(index): \(excerpt(bytes, index))")
                }
            } else if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F {
                problems.append(String(format: "control byte 0x%02X at %d: ", byte, index) + excerpt(bytes, index))
            }
            index += 1
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return problems + ["invalid UTF-8"]
        }
        for scalar in text.unicodeScalars where isForbidden(scalar) {
            problems.append(String(format: "U+%04X", scalar.value))
        }
        return problems
    }

    /// C1 controls, line and paragraph separators, bidirectional embeddings, overrides and isolates.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The index after an SGR sequence starting at `start` (`ESC [ [0-9;]* m`), or nil.
    static func sgrEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "[") else { return nil }
        var index = start + 2
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) || bytes[index] == UInt8(ascii: ";") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "m") else { return nil }
        return index + 1
    }

    static func excerpt(_ bytes: [UInt8], _ index: Int) -> String {
        let range = max(0, index - 20)..<min(bytes.count, index + 20)
        return String(decoding: bytes[range], as: UTF8.self).debugDescription
    }
}
