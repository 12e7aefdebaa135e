import Foundation

/// Errors of the notes store, with messages meant for the user.
public enum NotesStoreError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The database was written by a newer Dossier; it was not modified.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The database records migrations this build does not know (a newer Dossier
    /// wrote it without raising the header's version); it was not modified.
    case unknownMigrations(path: String, identifiers: [String])
    /// The file exists but is not a SQLite database; it was not modified.
    case notADatabase(path: String)
    /// The file is an SQLite database cut short or damaged; it was not modified.
    case damaged(path: String, reason: String)
    /// The path names something other than a regular file (a folder, a device, a
    /// FIFO…), described by `kind`; it was neither opened nor changed.
    case notARegularFile(path: String, kind: String)
    /// A writing command needs write access that the file or its folder does not give.
    case readOnly(path: String, reason: String)
    /// The folder for the database could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// The database file could not be created or protected.
    case cannotCreateFile(path: String, reason: String)
    /// The database file exists but could not be read.
    case cannotRead(path: String, reason: String)
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
        case let .unknownMigrations(path, identifiers):
            return "The notes database \(path) holds schema changes this version of Dossier does not know "
                + "(\(identifiers.joined(separator: ", "))), probably from a newer Dossier. "
                + "It has been left untouched: upgrade Dossier, or use another database with --notes FILE."
        case .notADatabase(let path):
            return "\(path) is not a Dossier notes database (not an SQLite file). It has been left untouched."
        case let .damaged(path, reason):
            return "The notes database \(path) is damaged (\(reason)). It has been left untouched: "
                + "restore it from a backup, or use another database with --notes FILE."
        case let .notARegularFile(path, kind):
            return "The notes database path \(path) is \(kind), not a regular file. Nothing was opened or changed: "
                + "give a file path with --notes FILE or DOSSIER_NOTES."
        case let .readOnly(path, reason):
            return "Cannot write to the notes database \(path): \(reason). "
                + "Reading (notes list, export, check, the reader) still works; writing needs write access."
        case let .cannotCreateDirectory(path, reason):
            return "Cannot create the folder \(path) for the notes database: \(reason)"
        case let .cannotCreateFile(path, reason):
            return "Cannot create the notes database \(path): \(reason)"
        case let .cannotRead(path, reason):
            return "Cannot read the notes database \(path): \(reason)"
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
