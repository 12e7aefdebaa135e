import Foundation
import GRDB

extension NotesStore {
    // MARK: Reading positions

    /// Where the reader left `article`, as a Unicode-scalar offset, if recorded.
    public func readingPosition(collection: String, article: String) throws -> Int? {
        try pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT "offset" FROM reading_positions WHERE collection = ? AND article = ?
                """, arguments: [collection, article])
        }
    }

    /// Records where the reader is in `article`.
    public func setReadingPosition(_ offset: Int, collection: String, article: String, now: Date = Date()) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO reading_positions (collection, article, "offset", modified) VALUES (?, ?, ?, ?)
                ON CONFLICT (collection, article) DO UPDATE SET "offset" = excluded."offset", modified = excluded.modified
                """, arguments: [collection, article, max(0, offset), ISODate.string(now)])
        }
    }

    /// The article read most recently in `collection`, with its position.
    public func lastRead(collection: String) throws -> (article: String, offset: Int)? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT article, "offset" FROM reading_positions WHERE collection = ?
                ORDER BY modified DESC LIMIT 1
                """, arguments: [collection]) else { return nil }
            return (row[0], row[1])
        }
    }

    // MARK: Bookmarks

    /// Stores a bookmark (or re-inserts a deleted one).
    public func addBookmark(_ bookmark: Bookmark) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO bookmarks (id, collection, article, "offset", label, created) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [bookmark.id.uuidString.lowercased(), bookmark.collection, bookmark.article,
                                 bookmark.offset, bookmark.label, ISODate.string(bookmark.created)])
        }
    }

    /// Bookmarks, by collection, article and offset; filtered by the arguments given.
    public func bookmarks(collection: String? = nil, article: String? = nil) throws -> [Bookmark] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, collection, article, "offset", label, created FROM bookmarks
                WHERE (?1 IS NULL OR collection = ?1) AND (?2 IS NULL OR article = ?2)
                ORDER BY collection, article, "offset", created
                """, arguments: [collection, article])
            return rows.compactMap(Self.bookmark)
        }
    }

    /// Deletes a bookmark and returns it (for undo); `nil` if there was none.
    @discardableResult
    public func deleteBookmark(id: UUID) throws -> Bookmark? {
        try write { db in
            let key = id.uuidString.lowercased()
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, collection, article, "offset", label, created FROM bookmarks WHERE id = ?
                """, arguments: [key]) else { return nil }
            try db.execute(sql: "DELETE FROM bookmarks WHERE id = ?", arguments: [key])
            return Self.bookmark(row)
        }
    }

    private static func bookmark(_ row: Row) -> Bookmark? {
        guard let id = UUID(uuidString: row[0]) else { return nil }
        let created: String = row[5]
        return Bookmark(
            id: id, collection: row[1], article: row[2], offset: row[3], label: row[4],
            created: ISODate.date(created) ?? Date(timeIntervalSince1970: 0))
    }
}
