import DossierNotes
import Foundation

/// The reader's notes database, opened on first use — after the first frame, so that
/// opening it never delays the reading — and kept open until the reader quits. A
/// database that does not exist yet is created only by the first note: reading alone
/// leaves no file behind.
///
/// A database this user may not write (a read-only file or folder) is opened for
/// reading: its notes are shown, and writing one reports why it cannot be saved.
/// A database that cannot be used (written by a newer Dossier, not a database, not
/// creatable) is never retried: the reader goes on without notes, and the store's
/// own checks guarantee the file was not touched.
final class NotesConnection {
    /// The database file.
    let path: String
    private var store: NotesStore?
    private var failure: String?

    /// A connection to the database at `path` (``NotesLocation/path(explicitPath:environment:)``).
    init(path: String) {
        self.path = path
    }

    /// A connection to a store already open (tests).
    init(store: NotesStore) {
        self.path = store.path
        self.store = store
    }

    /// The open store; `nil` while there is no database file yet (no notes at all).
    func openIfExists() -> Result<NotesStore?, NotesUnavailable> {
        if store == nil && failure == nil && !FileManager.default.fileExists(atPath: path) { return .success(nil) }
        return open().map { $0 }
    }

    /// The open store (created when needed), or why it cannot be used (a message for
    /// the user).
    func open() -> Result<NotesStore, NotesUnavailable> {
        if let store { return .success(store) }
        if let failure { return .failure(NotesUnavailable(message: failure)) }
        do {
            let opened: NotesStore
            do {
                opened = try NotesStore(path: path)
            } catch NotesStoreError.readOnly {
                // Notes the user cannot change can still be shown; writing them says why not.
                opened = try NotesStore(path: path, access: .readOnly)
            }
            store = opened
            return .success(opened)
        } catch {
            let message = "\(error)"
            failure = message
            return .failure(NotesUnavailable(message: message))
        }
    }
}

/// Why the notes database cannot be used, for the user.
struct NotesUnavailable: Error, Hashable, Sendable {
    var message: String
}
