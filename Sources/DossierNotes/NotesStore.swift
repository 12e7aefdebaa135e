import DossierCore
import Foundation
import GRDB

/// The local store of annotations, reading positions and bookmarks: one SQLite
/// database in WAL mode, shared safely by several Dossier processes.
///
/// - Every change is one transaction: a crash or `kill -9` loses at most the
///   change in flight.
/// - Writers from other processes are waited for (busy timeout), not failed.
/// - A database written by a newer Dossier is refused before it is opened for
///   writing, and left byte-for-byte untouched.
/// - The file and its `-wal`/`-shm` companions are readable by their owner only.
public final class NotesStore: Sendable {
    /// The schema version this build writes.
    public static let schemaVersion = NotesSchema.currentVersion
    /// How long a write waits for another process's transaction before failing.
    public static let busyTimeout: TimeInterval = 30

    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the notes database at `path`, upgrading its schema.
    ///
    /// - Throws: ``NotesStoreError/newerSchema(path:found:supported:)`` for a
    ///   database of a newer Dossier, ``NotesStoreError/notADatabase(path:)`` for
    ///   a file that is not SQLite, or a GRDB `DatabaseError`.
    public init(path: String) throws {
        self.path = path
        // 1. Look at the raw header first: a newer or foreign file is never opened by SQLite.
        if case .database(let version) = try DatabaseFile.inspect(path), version > Self.schemaVersion {
            throw NotesStoreError.newerSchema(path: path, found: version, supported: Self.schemaVersion)
        }
        // 2. Create the folder and an owner-only file before SQLite does.
        try DatabaseFile.prepare(path)

        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "DossierNotes"
        configuration.journalMode = .wal
        let pool = try DatabasePool(path: path, configuration: configuration)
        self.pool = pool

        // 3. The header can lag behind a WAL: check again inside SQLite, then migrate.
        let migrator = NotesSchema.migrator
        try pool.barrierWriteWithoutTransaction { db in
            // WAL already makes commits survive a killed process; FULL also survives power loss.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let superseded = try migrator.hasBeenSuperseded(db)
            if version > Self.schemaVersion || superseded {
                throw NotesStoreError.newerSchema(
                    path: path, found: max(version, Self.schemaVersion + 1), supported: Self.schemaVersion)
            }
        }
        try migrator.migrate(pool)
        for file in [path, path + "-wal", path + "-shm"] { DatabaseFile.restrict(file) }
    }

    /// Opens the database chosen by ``NotesLocation/path(explicitPath:environment:)``:
    /// `explicitPath` (`--notes FILE`), else `DOSSIER_NOTES`, else the XDG default.
    public convenience init(
        explicitPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        try self.init(path: NotesLocation.path(explicitPath: explicitPath, environment: environment))
    }

    /// The schema version stored in the database.
    public func storedSchemaVersion() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    // MARK: Annotations

    /// Stores a new annotation (or re-inserts one returned by ``delete(id:)``, to
    /// undo the deletion) and returns it as stored.
    /// - Throws: ``NotesStoreError/duplicate(_:)`` if its id is already stored.
    @discardableResult
    public func add(_ annotation: Annotation) throws -> Annotation {
        try pool.write { db in
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
        return try pool.write { [changed] db in
            try AnnotationRows.replace(db, changed)
            return try AnnotationRows.fetch(db, id: changed.id) ?? changed
        }
    }

    /// Deletes an annotation and returns it, complete, so that the caller can undo
    /// by passing it to ``add(_:)``; `nil` if there was none.
    @discardableResult
    public func delete(id: UUID) throws -> Annotation? {
        try pool.write { db in
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
    public func tagCounts() throws -> [String: Int] {
        try pool.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT tag, COUNT(*) FROM annotation_tags GROUP BY tag") {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }

    // MARK: Links

    /// The notes whose body links to `target`, in document order. Identifiers
    /// compare without regard to ASCII case.
    public func backlinks(to target: LinkTarget) throws -> [Annotation] {
        try pool.read { db in
            try AnnotationRows.fetch(db, where: """
                EXISTS (SELECT 1 FROM links l WHERE l.annotation_id = a.id AND l.target_kind = ? AND l.target = ?)
                """, arguments: [target.kind.rawValue, target.identifier])
        }
    }

    /// The notes linking to `note`, whether by its id (`[[3f2a…]]`, `[[urn:uuid:…]]`)
    /// or by its title (`[[Title]]`).
    public func backlinks(toNote note: Annotation) throws -> [Annotation] {
        try pool.read { db in
            try AnnotationRows.fetch(db, where: """
                a.id <> ? AND EXISTS (SELECT 1 FROM links l WHERE l.annotation_id = a.id AND l.target_kind = 'note'
                    AND l.target IN (?, ?, ?))
                """, arguments: Self.noteLinkArguments(note))
        }
    }

    /// How many notes link to `note` (see ``backlinks(toNote:)``).
    public func backlinkCount(toNote note: Annotation) throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT l.annotation_id) FROM links l
                WHERE l.annotation_id <> ? AND l.target_kind = 'note' AND l.target IN (?, ?, ?)
                """, arguments: Self.noteLinkArguments(note)) ?? 0
        }
    }

    /// For every target of `kind` that some note links to, the number of notes
    /// linking to it ("3 notes link here"); keys are identifiers as written.
    public func backlinkCounts(kind: LinkTargetKind) throws -> [String: Int] {
        try pool.read { db in
            var counts: [String: Int] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT target, COUNT(DISTINCT annotation_id) FROM links WHERE target_kind = ? GROUP BY target
                """, arguments: [kind.rawValue])
            for row in rows {
                let target: String = row[0]
                counts[target, default: 0] += row[1] as Int
            }
            return counts
        }
    }

    /// The note a `[[…]]` note link names: by id (full UUID or `urn:uuid:`), else
    /// by title, case-insensitively; the oldest if titles repeat.
    public func resolveNoteLink(_ identifier: String) throws -> Annotation? {
        let trimmed = identifier.trimmingCharacters(in: .whitespaces)
        let bare = trimmed.lowercased().hasPrefix("urn:uuid:") ? String(trimmed.dropFirst(9)) : trimmed
        return try pool.read { db in
            if let id = UUID(uuidString: bare), let note = try AnnotationRows.fetch(db, id: id) { return note }
            return try AnnotationRows.fetch(
                db, where: "a.title = ? COLLATE NOCASE", arguments: [trimmed]
            ).min { $0.created < $1.created }
        }
    }

    private static func noteLinkArguments(_ note: Annotation) -> StatementArguments {
        let key = AnnotationRows.key(note.id)
        return [key, key, "urn:uuid:" + key, note.title]
    }
}
