import Foundation

/// ISO 8601 timestamps as stored in the database and written in exports:
/// UTC with milliseconds, `2025-03-01T12:34:56.789Z`.
///
/// Milliseconds are handled as integers (formatters truncate binary fractions,
/// which would turn .789 into .788 on a round trip).
public enum ISODate {
    private static let seconds = Date.ISO8601FormatStyle()

    /// Formats `date` in UTC with milliseconds.
    public static func string(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let whole = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        let fraction = milliseconds - whole * 1000
        let base = Date(timeIntervalSince1970: TimeInterval(whole)).formatted(seconds)  // …:SSZ
        let padded = String(fraction + 1000).dropFirst()
        return base.dropLast() + "." + padded + "Z"
    }

    /// Parses an ISO 8601 timestamp with or without fractional seconds, in UTC or
    /// with an offset; `nil` if it is not one.
    static func date(_ string: String) -> Date? {
        var text = string.trimmingCharacters(in: .whitespaces)
        var milliseconds = 0.0
        if let dot = text.firstIndex(of: "."), let tee = text.firstIndex(where: { $0 == "T" || $0 == "t" }),
           dot > tee {
            let digitsEnd = text[text.index(after: dot)...].firstIndex { !$0.isASCII || !$0.isNumber } ?? text.endIndex
            let digits = text[text.index(after: dot)..<digitsEnd]
            guard !digits.isEmpty, let value = Double("0." + digits) else { return nil }
            milliseconds = (value * 1000).rounded()
            text.removeSubrange(dot..<digitsEnd)
        }
        guard let base = (try? seconds.parse(text)) ?? ISO8601DateFormatter().date(from: text) else { return nil }
        return Date(timeIntervalSince1970: base.timeIntervalSince1970 + milliseconds / 1000).millisecondPrecision
    }
}
