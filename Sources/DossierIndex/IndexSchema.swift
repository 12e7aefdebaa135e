import GRDB

/// The index's tables. The index is a disposable cache: any other version is rebuilt, never migrated.
enum IndexSchema {
    /// Bump whenever the tables or what goes into them (search words, metadata) change.
    static let version = 4
    /// Marks the file as a Dossier content index ("DosI").
    static let applicationID: Int32 = 0x446F_7349

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE article_file (
                name TEXT PRIMARY KEY NOT NULL,      -- file name in articles/
                size INTEGER NOT NULL,
                modified REAL NOT NULL,              -- 0: not trusted, compare the hash
                hash INTEGER NOT NULL,
                -- The front matter; id NULL when the file is not a usable article. Lists are
                -- joined with U+001F, which sanitised text never holds.
                id TEXT,
                title TEXT,
                authors TEXT,                        -- name U+001E affiliation, per author
                venue TEXT,
                published TEXT,
                provenance TEXT,
                kind TEXT,
                source TEXT,
                url TEXT,
                sections_editorial INTEGER,
                corrections TEXT,                    -- JSON, NULL when there are none
                lists_json INTEGER,                  -- 1: authors and provenance are JSON (a value held a separator)
                diagnostics TEXT NOT NULL,           -- JSON, problems found reading the file
                body_diagnostics TEXT NOT NULL,      -- JSON, problems found parsing its body
                sections INTEGER NOT NULL,
                words INTEGER NOT NULL,
                footnotes INTEGER NOT NULL
            );
            CREATE TABLE block (
                id INTEGER PRIMARY KEY,
                file TEXT NOT NULL REFERENCES article_file(name) ON DELETE CASCADE,
                position INTEGER NOT NULL,           -- index in the article's blocks
                section_id TEXT NOT NULL,
                section_title TEXT NOT NULL,
                start INTEGER NOT NULL,              -- offset in the article's plain text
                text TEXT NOT NULL
            );
            CREATE INDEX block_by_file ON block(file, position);
            -- Which build of dossier wrote the rows (``ProgramIdentity``): another build may read
            -- articles differently, so its rows are never trusted.
            CREATE TABLE writer (program TEXT NOT NULL);
            -- The block's words (SearchWords), and the runs of hyphenated words written together.
            -- Both are already folded and split, so the ascii tokenizer only splits at spaces.
            CREATE VIRTUAL TABLE block_words USING fts5(words, joined, tokenize = 'ascii', detail = 'full');
            PRAGMA application_id = \(applicationID);
            PRAGMA user_version = \(version);
            """)
        try db.execute(sql: "INSERT INTO writer (program) VALUES (?)", arguments: [ProgramIdentity.current])
    }
}
