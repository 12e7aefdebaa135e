/// A problem found while loading a collection, reported as `file:line:column: severity: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    /// The file's path as given to the loader (relative to the collection when possible).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}

/// A position in a source file, for diagnostics.
public struct SourcePosition: Hashable, Sendable {
    public var line: Int
    public var column: Int
    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
