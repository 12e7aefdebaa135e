import GRDB

/// The versioned schema of the notes database.
///
/// Every migration runs in its own transaction and ends by setting
/// `PRAGMA user_version` to its number, so the version is readable from the file
/// header without SQLite (see ``DatabaseFile/inspect(_:)``) and a database from a
/// newer Dossier can be refused before it is touched. Never edit a released
/// migration: add a new one and bump ``currentVersion``.
enum NotesSchema {
    /// The schema version this build creates and understands.
    static let currentVersion = 3

    /// Refuses a database recording migrations this build does not know — written
    /// by a newer Dossier that did not raise `user_version` — or a newer
    /// `user_version`. Reads only.
    static func checkKnown(_ db: Database, path: String) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if version > currentVersion {
            throw NotesStoreError.newerSchema(path: path, found: version, supported: currentVersion)
        }
        let known = Set(migrator.migrations)
        let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }
        if !unknown.isEmpty { throw NotesStoreError.unknownMigrations(path: path, identifiers: unknown.sorted()) }
    }

    /// An empty database of the current schema, in memory: what reading a database
    /// that does not exist yet shows, without creating it.
    static func emptyDatabase() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try migrator.migrate(queue)
        return queue
    }

    /// The migrations, in order; identifiers are `v1`, `v2`, ….
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE annotations (
                    id TEXT PRIMARY KEY NOT NULL,
                    collection TEXT NOT NULL,
                    article TEXT NOT NULL,
                    exact TEXT NOT NULL,
                    prefix TEXT NOT NULL DEFAULT '',
                    suffix TEXT NOT NULL DEFAULT '',
                    start INTEGER,
                    "end" INTEGER,
                    kind TEXT NOT NULL CHECK (kind IN ('highlight', 'note', 'question')),
                    body TEXT NOT NULL DEFAULT '',
                    title TEXT NOT NULL DEFAULT '',
                    created TEXT NOT NULL,
                    modified TEXT NOT NULL,
                    anchor_status TEXT NOT NULL
                        CHECK (anchor_status IN ('exact', 'reanchored', 'approximate', 'orphaned')),
                    CHECK (start IS NULL OR ("end" IS NOT NULL AND start >= 0 AND "end" >= start))
                );
                CREATE INDEX annotations_by_article ON annotations(collection, article, start);
                CREATE INDEX annotations_by_title ON annotations(title COLLATE NOCASE);

                CREATE TABLE annotation_tags (
                    annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
                    tag TEXT NOT NULL,
                    PRIMARY KEY (annotation_id, tag)
                ) WITHOUT ROWID;
                CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag);

                CREATE TABLE links (
                    annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
                    target_kind TEXT NOT NULL
                        CHECK (target_kind IN ('note', 'event', 'entity', 'article', 'section')),
                    target TEXT NOT NULL COLLATE NOCASE,
                    PRIMARY KEY (annotation_id, target_kind, target)
                ) WITHOUT ROWID;
                CREATE INDEX links_by_target ON links(target_kind, target);

                CREATE TABLE reading_positions (
                    collection TEXT NOT NULL,
                    article TEXT NOT NULL,
                    "offset" INTEGER NOT NULL CHECK ("offset" >= 0),
                    modified TEXT NOT NULL,
                    PRIMARY KEY (collection, article)
                ) WITHOUT ROWID;

                CREATE TABLE bookmarks (
                    id TEXT PRIMARY KEY NOT NULL,
                    collection TEXT NOT NULL,
                    article TEXT NOT NULL,
                    "offset" INTEGER NOT NULL CHECK ("offset" >= 0),
                    label TEXT NOT NULL DEFAULT '',
                    created TEXT NOT NULL
                );
                CREATE INDEX bookmarks_by_article ON bookmarks(collection, article, "offset");

                PRAGMA user_version = 1;
                """)
        }
        migrator.registerMigration("v2") { db in
            // Reading positions and bookmarks are the reader's own file store's (positions.json);
            // these two tables of v1 were never written but by tests. Each is dropped only when
            // empty: rows written by some other program are kept as they are.
            for table in ["reading_positions", "bookmarks"] where try db.tableExists(table) {
                if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") == 0 { try db.drop(table: table) }
            }
            // Every note gets its short handle (`[[note:HANDLE]]`).
            try NoteHandles.migrate(db)
            // The notes browser and `notes list` narrow by anchor status and sort by date
            // in SQL; at ten thousand notes these spare a scan of the whole table.
            try db.execute(sql: """
                CREATE INDEX annotations_by_modified ON annotations(collection, modified);
                CREATE INDEX annotations_by_status ON annotations(collection, anchor_status);

                PRAGMA user_version = 2;
                """)
        }
        migrator.registerMigration("v3") { db in
            // The text each article's notes were last anchored against (``AnchoredTexts``), so
            // that an article unchanged since is not read again to list its notes. Empty at
            // first: every article is re-anchored once, as before.
            try db.execute(sql: """
                CREATE TABLE anchored_texts (
                    collection TEXT NOT NULL,
                    article TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    anchored_at TEXT NOT NULL,
                    PRIMARY KEY (collection, article)
                ) WITHOUT ROWID;

                PRAGMA user_version = 3;
                """)
        }
        return migrator
    }
}
