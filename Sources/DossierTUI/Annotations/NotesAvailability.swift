/// Whether the reader can show and change notes.
enum NotesAvailability: Hashable, Sendable {
    /// The database is being opened (right after the first frame).
    case loading
    /// Notes are loaded; changes go to the database.
    case ready
    /// The database cannot be used — a newer Dossier wrote it, it is not a database, it
    /// cannot be created — and why, for the user. Articles are still read; the database
    /// is not touched.
    case unavailable(String)
}
