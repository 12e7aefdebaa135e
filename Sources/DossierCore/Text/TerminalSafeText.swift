/// The one rule for what text may reach a terminal.
///
/// Text comes from anywhere — a collection, a notes database, an import file, an argument,
/// a file name — and a terminal obeys some of its characters as commands: ESC and CSI start
/// escape sequences that can retitle the window, write the clipboard (OSC 52) or redraw the
/// screen, and bidirectional formatting characters reorder what follows them. The rule, per
/// Unicode scalar:
///
/// * C0 controls (U+0000–U+001F; line feed and tab only where the output allows them), DEL
///   (U+007F), C1 controls (U+0080–U+009F, CSI U+009B among them) and the line and paragraph
///   separators (U+2028, U+2029) are **replaced** with U+FFFD: something was there, and the
///   reader should see that it was;
/// * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
///   **dropped**: they are invisible by design, and a replacement character in legitimate
///   right-to-left text would only be noise;
/// * everything else is kept, bidirectional marks (U+200E, U+200F, U+061C) included: they
///   cannot override the order of anything but themselves.
///
/// The reader's screen buffer (`PrintableText`), every line the command line prints and every
/// YAML value a collection loads pass through here.
public enum TerminalSafeText {
    /// What is shown in place of a replaced scalar.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// What becomes of one scalar on its way to a terminal.
    public enum Treatment: Sendable {
        case keep, replace, drop
    }

    /// The layout characters an output may keep: a line-oriented output keeps line feeds,
    /// a cell of the reader's screen keeps neither.
    public struct Allowance: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let lineFeed = Allowance(rawValue: 1 << 0)
        public static let tab = Allowance(rawValue: 1 << 1)
        /// What printed text keeps: line feeds and tabs (a tab only moves the cursor right).
        public static let lines: Allowance = [.lineFeed, .tab]
    }

    /// The treatment of `scalar` under `allowance`.
    ///
    /// ```swift
    /// TerminalSafeText.treatment(of: "\u{1B}")                        // .replace
    /// TerminalSafeText.treatment(of: "\n", allowing: .lineFeed)       // .keep
    /// TerminalSafeText.treatment(of: "\u{202E}")                      // .drop
    /// ```
    @inlinable
    public static func treatment(of scalar: Unicode.Scalar, allowing allowance: Allowance = []) -> Treatment {
        switch scalar.value {
        case 0x0A: return allowance.contains(.lineFeed) ? .keep : .replace
        case 0x09: return allowance.contains(.tab) ? .keep : .replace
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return .replace
        case 0x202A...0x202E, 0x2066...0x2069: return .drop
        default: return .keep
        }
    }

    /// Whether `scalar` could steer a terminal or reorder displayed text (line feed and tab
    /// included: whether they may pass is the output's decision).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        treatment(of: scalar) != .keep
    }

    /// The first scalar of `text` that is not kept under `allowance`, or nil when the text is safe.
    @inlinable
    public static func firstUnsafeScalar<S: StringProtocol>(in text: S, allowing allowance: Allowance = []) -> Unicode.Scalar? {
        // Read as UTF-8 bytes, never decoded: every unsafe scalar is a C0 control or DEL (one
        // byte), a C1 control (0xC2 then 0x80–0x9F) or U+2028–U+202E, U+2066–U+2069 (0xE2 0x80
        // then 0xA8–0xAE, 0xE2 0x81 then 0xA6–0xA9), and a String is valid UTF-8, so the bytes
        // before a continuation byte are its own scalar's. Every printed line passes here.
        var beforeLast: UInt8 = 0
        var last: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x0A where allowance.contains(.lineFeed), 0x09 where allowance.contains(.tab):
                break
            case 0x00...0x1F, 0x7F:
                return Unicode.Scalar(byte)
            case 0x80...0x9F where last == 0xC2:
                return Unicode.Scalar(byte)
            case 0xA8...0xAE where last == 0x80 && beforeLast == 0xE2, 0xA6...0xA9 where last == 0x81 && beforeLast == 0xE2:
                return Unicode.Scalar(0x2000 + (UInt32(last & 0x3F) << 6) + UInt32(byte & 0x3F))
            default:
                break
            }
            beforeLast = last
            last = byte
        }
        return nil
    }

    /// `text` with every scalar treated as the rule says: safe to write to a terminal.
    ///
    /// ```swift
    /// TerminalSafeText.cleaned("Evil \u{1B}]0;pwned\u{7}")   // "Evil \u{FFFD}]0;pwned\u{FFFD}"
    /// TerminalSafeText.cleaned("a\u{202E}b\n", allowing: .lines)  // "ab\n"
    /// ```
    @inlinable
    public static func cleaned<S: StringProtocol>(_ text: S, allowing allowance: Allowance = []) -> String {
        guard firstUnsafeScalar(in: text, allowing: allowance) != nil else { return String(text) }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch treatment(of: scalar, allowing: allowance) {
            case .keep: output.append(scalar)
            case .replace: output.append(replacement)
            case .drop: break
            }
        }
        return String(output)
    }

    /// `U+001B`: how a diagnostic names a scalar without printing it.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
