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
        storedForm(string) ?? anyForm(string)
    }

    /// The form this program stores, `2025-03-01T12:34:56.789Z` with a valid date and time,
    /// read digit by digit; `nil` for anything else. Every note row holds two: Foundation's
    /// parser took a tenth of `notes list` of ten thousand notes.
    static func storedForm(_ string: String) -> Date? {
        let bytes = Array(string.utf8)
        guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."),
              bytes[23] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
              let minute = number(14..<16), let second = number(17..<19), let milliseconds = number(20..<23),
              (1...12).contains(month), hour < 24, minute < 60, second < 60 else { return nil }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...monthDays).contains(day) else { return nil }
        // Days since 1970-01-01 in the proleptic Gregorian calendar (years counted from March,
        // so that the leap day ends a year).
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds) + Double(milliseconds) / 1000).millisecondPrecision
    }

    /// Any ISO 8601 timestamp Foundation reads, fractional seconds kept to the millisecond.
    static func anyForm(_ string: String) -> Date? {
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
