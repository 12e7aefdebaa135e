import DossierCore
import Foundation
import GRDB

/// The local store of annotations: one SQLite database in WAL mode, shared safely by several Dossier processes.
///
/// - Every change is one transaction: a crash or `kill -9` loses at most the
///   change in flight.
/// - Writers from other processes are waited for (busy timeout), not failed; so
///   are concurrent first opens, which create the database one after the other
///   (see ``OpeningLock``).
/// - The path must be a regular file or not exist yet; anything else (a folder, a
///   device, a FIFO, a link to one) is refused before anything opens it.
/// - A database written by a newer Dossier, or damaged, is refused before it is
///   opened for writing, and left byte-for-byte untouched.
/// - Opened for reading (``Access/readOnly``), it writes nothing at all: no
///   migration, no WAL setup, and it works in a folder or on a file this user
///   cannot write.
/// - The file and its `-wal`/`-shm` companions are readable by their owner only.
public final class NotesStore: Sendable {
    /// What an open store may do.
    public enum Access: Sendable {
        /// Create, migrate and change the database (the reader, `notes add`, `notes import`).
        case readWrite
        /// Only read it (`notes list`, `export`, `check`): nothing is written, and a
        /// missing database reads as an empty one without being created.
        case readOnly
    }

    /// The schema version this build writes.
    public static let schemaVersion = NotesSchema.currentVersion
    /// How long a write waits for another process's transaction before failing.
    static let busyTimeout: TimeInterval = 30

    /// The database file, as given.
    public let path: String
    /// What this store may do.
    let access: Access
    /// A pool of connections when writing; one connection that cannot write when reading.
    let pool: any DatabaseWriter
    /// Why writes are refused, on a store opened for reading.
    private let readOnlyReason: String?

    /// Opens the notes database at `path`: for writing, creating it if needed and
    /// upgrading its schema; for reading, as it is.
    ///
    /// - Throws: ``NotesStoreError`` naming the path for anything but a usable
    ///   database — not a regular file, not SQLite, damaged, newer, read-only when
    ///   `access` is ``Access/readWrite`` — or a GRDB `DatabaseError`.
    public init(path: String, access: Access = .readWrite) throws {
        self.path = path
        self.access = access
        let file = try DatabaseFile.resolve(path)
        readOnlyReason = access == .readOnly
            ? DatabaseFile.whyNotWritable(file) ?? "it was opened for reading only" : nil
        pool = try Self.explainingSQLiteErrors(path: path) {
            switch access {
            case .readWrite: try Self.openForWriting(file, path: path)
            case .readOnly: try Self.openForReading(file, path: path)
            }
        }
    }

    private static func openForWriting(_ file: String, path: String) throws -> any DatabaseWriter {
        if let reason = DatabaseFile.whyNotWritable(file) { throw NotesStoreError.readOnly(path: path, reason: reason) }
        try DatabaseFile.createFolder(of: file)
        return try OpeningLock.withLock(on: file, path: path) {
            // 1. Look at the raw header, then the recorded migrations through a connection
            //    that writes nothing: a newer, foreign or damaged file is refused untouched.
            if case .database(let version) = try DatabaseFile.inspect(file, path: path) {
                if version > schemaVersion {
                    throw NotesStoreError.newerSchema(path: path, found: version, supported: schemaVersion)
                }
                let reader = try ReadConnection.open(file)
                try reader.read { db in try NotesSchema.checkKnown(db, path: path) }
                try reader.close()
            }
            // 2. Create an owner-only file before SQLite does.
            try DatabaseFile.createIfMissing(file, path: path)

            var configuration = Configuration()
            configuration.busyMode = .timeout(busyTimeout)
            configuration.foreignKeysEnabled = true
            configuration.label = "DossierNotes"
            configuration.journalMode = .wal
            let pool = try DatabasePool(path: file, configuration: configuration)
            try pool.barrierWriteWithoutTransaction { db in
                // WAL already makes commits survive a killed process; FULL also survives power loss.
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            try NotesSchema.migrator.migrate(pool)
            for companion in [file, file + "-wal", file + "-shm"] { DatabaseFile.restrict(companion) }
            return pool
        }
    }

    private static func openForReading(_ file: String, path: String) throws -> any DatabaseWriter {
        guard case .database(let version) = try DatabaseFile.inspect(file, path: path) else {
            return try NotesSchema.emptyDatabase()
        }
        if version > schemaVersion {
            throw NotesStoreError.newerSchema(path: path, found: version, supported: schemaVersion)
        }
        let reader = try ReadConnection.open(file)
        let upToDate = try reader.read { db in
            try NotesSchema.checkKnown(db, path: path)
            return try NotesSchema.migrator.completedMigrations(db).count == NotesSchema.migrator.migrations.count
        }
        if upToDate { return reader }
        // Written by an older Dossier (or created and never migrated): upgrade a copy
        // in memory, so that reading leaves the file as it is.
        let copy = try DatabaseQueue()
        try reader.backup(to: copy)
        try reader.close()
        try NotesSchema.migrator.migrate(copy)
        return copy
    }

    /// Runs `body`, turning the SQLite errors a bad file causes into messages with the path.
    private static func explainingSQLiteErrors<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            switch error.resultCode.primaryResultCode {
            case .SQLITE_CORRUPT: throw NotesStoreError.damaged(path: path, reason: "SQLite finds it malformed")
            case .SQLITE_NOTADB: throw NotesStoreError.notADatabase(path: path)
            case .SQLITE_READONLY:
                throw NotesStoreError.readOnly(path: path, reason: error.message ?? "the database is read-only")
            case .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_PERM:
                throw NotesStoreError.cannotRead(path: path, reason: error.message ?? "\(error.resultCode)")
            default: throw error
            }
        }
    }

    /// Runs a write transaction.
    /// - Throws: ``NotesStoreError/readOnly(path:reason:)`` on a store opened for reading.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        if let readOnlyReason { throw NotesStoreError.readOnly(path: path, reason: readOnlyReason) }
        return try pool.write(updates)
    }

    /// Opens the database chosen by ``NotesLocation/path(explicitPath:environment:)``:
    /// `explicitPath` (`--notes FILE`), else `DOSSIER_NOTES`, else the XDG default.
    public convenience init(
        explicitPath: String?, access: Access = .readWrite,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        try self.init(path: NotesLocation.path(explicitPath: explicitPath, environment: environment), access: access)
    }

    /// The schema version stored in the database.
    func storedSchemaVersion() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    // MARK: Annotations

    /// Stores a new annotation (or re-inserts one returned by ``delete(id:)``, to
    /// undo the deletion) and returns it as stored.
    /// - Throws: ``NotesStoreError/duplicate(_:)`` if its id is already stored.
    @discardableResult
    public func add(_ annotation: Annotation) throws -> Annotation {
        try write { db in
            try AnnotationRows.insert(db, annotation)
            return try AnnotationRows.fetch(db, id: annotation.id) ?? annotation
        }
    }

    /// Saves the user's changes to a stored annotation (body, kind, tags,
    /// selectors…); `modified` is set to `now`.
    /// - Throws: ``NotesStoreError/notFound(_:)`` if it was deleted meanwhile.
    @discardableResult
    public func update(_ annotation: Annotation, now: Date = Date()) throws -> Annotation {
        var changed = annotation
        changed.modified = now.millisecondPrecision
        return try write { [changed] db in
            try AnnotationRows.replace(db, changed)
            return try AnnotationRows.fetch(db, id: changed.id) ?? changed
        }
    }

    /// Deletes an annotation and returns it, complete, so that the caller can undo
    /// by passing it to ``add(_:)``; `nil` if there was none.
    @discardableResult
    public func delete(id: UUID) throws -> Annotation? {
        try write { db in
            guard let existing = try AnnotationRows.fetch(db, id: id) else { return nil }
            try db.execute(sql: "DELETE FROM annotations WHERE id = ?", arguments: [AnnotationRows.key(id)])
            return existing
        }
    }

    /// The annotation with `id`, if any.
    public func annotation(id: UUID) throws -> Annotation? {
        try pool.read { db in try AnnotationRows.fetch(db, id: id) }
    }

    /// Annotations in document order (collection, article, position), filtered by
    /// every argument given.
    /// - Parameters:
    ///   - collection: only this collection.
    ///   - article: only this article id.
    ///   - tag: only annotations carrying this tag (a leading `#` is ignored).
    ///   - orphans: only orphaned annotations.
    ///   - needingAttention: only annotations whose anchor is not exact.
    public func list(
        collection: String? = nil, article: String? = nil, tag: String? = nil,
        orphans: Bool = false, needingAttention: Bool = false
    ) throws -> [Annotation] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let collection {
            conditions.append("a.collection = ?")
            arguments += [collection]
        }
        if let article {
            conditions.append("a.article = ?")
            arguments += [article]
        }
        if let tag, let normalized = Annotation.normalizedTags([tag]).first {
            conditions.append("EXISTS (SELECT 1 FROM annotation_tags t2 WHERE t2.annotation_id = a.id AND t2.tag = ?)")
            arguments += [normalized]
        }
        if orphans { conditions.append("a.anchor_status = 'orphaned'") }
        if needingAttention { conditions.append("a.anchor_status <> 'exact'") }
        let filter = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        return try pool.read { db in try AnnotationRows.fetch(db, where: filter, arguments: arguments) }
    }

    /// Every tag in use with its number of annotations, by tag.
    func tagCounts() throws -> [String: Int] {
        try pool.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT tag, COUNT(*) FROM annotation_tags GROUP BY tag") {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }

    // MARK: Links

    /// The note a `[[…]]` note link names: by id (full UUID or `urn:uuid:`), else by
    /// handle (``NoteHandles``), else by title, case-insensitively; the oldest if titles repeat.
    func resolveNoteLink(_ identifier: String) throws -> Annotation? {
        let trimmed = identifier.trimmingCharacters(in: .whitespaces)
        let bare = trimmed.lowercased().hasPrefix("urn:uuid:") ? String(trimmed.dropFirst(9)) : trimmed
        return try pool.read { db in
            if let id = UUID(uuidString: bare), let note = try AnnotationRows.fetch(db, id: id) { return note }
            if NoteHandles.isHandleShaped(trimmed), let id = try NoteHandles.annotationID(db, handle: trimmed),
               let note = try AnnotationRows.fetch(db, id: id) {
                return note
            }
            return try AnnotationRows.fetch(
                db, where: "a.title = ? COLLATE NOCASE", arguments: [trimmed]
            ).min { $0.created < $1.created }
        }
    }

    // MARK: Handles

    /// The handle of the annotation `id`, once stored.
    public func handle(of id: UUID) throws -> String? {
        try pool.read { db in try NoteHandles.handle(db, of: id) }
    }
}
