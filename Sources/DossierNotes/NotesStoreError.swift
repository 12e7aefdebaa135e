import Foundation

/// Errors of the notes store, with messages meant for the user.
public enum NotesStoreError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The database was written by a newer Dossier; it was not modified.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file exists but is not a SQLite database; it was not modified.
    case notADatabase(path: String)
    /// The folder for the database could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// The database file could not be created or protected.
    case cannotCreateFile(path: String, reason: String)
    /// No annotation has this id.
    case notFound(UUID)
    /// An annotation with this id already exists.
    case duplicate(UUID)
    /// An import file that is not W3C Web Annotation JSON.
    case invalidImport(String)
    /// A range that is empty or outside the article's plain text.
    case invalidRange(Range<Int>)

    public var description: String {
        switch self {
        case let .newerSchema(path, found, supported):
            return "The notes database \(path) was written by a newer version of Dossier "
                + "(schema version \(found); this version understands up to \(supported)). "
                + "It has been left untouched: upgrade Dossier, or use another database with --notes FILE."
        case .notADatabase(let path):
            return "\(path) is not a Dossier notes database (not an SQLite file). It has been left untouched."
        case let .cannotCreateDirectory(path, reason):
            return "Cannot create the folder \(path) for the notes database: \(reason)"
        case let .cannotCreateFile(path, reason):
            return "Cannot create the notes database \(path): \(reason)"
        case .notFound(let id):
            return "No annotation with id \(id.uuidString.lowercased())."
        case .duplicate(let id):
            return "An annotation with id \(id.uuidString.lowercased()) already exists."
        case .invalidImport(let reason):
            return "Not a W3C Web Annotation export: \(reason)"
        case .invalidRange(let range):
            return "The range \(range.lowerBound)..<\(range.upperBound) is empty or outside the article's text."
        }
    }

    public var errorDescription: String? { description }
}
