import Foundation

/// ISO 8601 timestamps as stored in the database and written in exports:
/// UTC with milliseconds, `2025-03-01T12:34:56.789Z`.
enum ISODate {
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFraction = Date.ISO8601FormatStyle()

    /// Formats `date` in UTC with milliseconds.
    static func string(_ date: Date) -> String {
        date.millisecondPrecision.formatted(withFraction)
    }

    /// Parses an ISO 8601 timestamp, with or without fractional seconds, in UTC or
    /// with an offset; `nil` if it is not one.
    static func date(_ string: String) -> Date? {
        if let date = try? withFraction.parse(string) { return date.millisecondPrecision }
        if let date = try? withoutFraction.parse(string) { return date.millisecondPrecision }
        if let date = ISO8601DateFormatter().date(from: string) { return date.millisecondPrecision }
        return nil
    }
}
