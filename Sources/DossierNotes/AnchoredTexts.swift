import Foundation
import GRDB

/// Which text each article's notes were last anchored against (table `anchored_texts`, schema
/// v3): the caller's hash of that text, and when. A later re-anchoring against a text with the
/// same hash would change nothing, so callers that can tell an article's hash without parsing
/// it (`notes list` from the content index) skip the article altogether.
///
/// A row is only ever a promise that *every* note of the article is anchored in that text, so
/// anything that writes a note's selectors another way — a new note, an edit, an import,
/// re-attaching — forgets the row (``forget(_:collection:article:)``), and the next reader
/// re-anchors that article once.
enum AnchoredTexts {
    static func record(_ db: Database, collection: String, article: String, textHash: String, at date: Date) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO anchored_texts (collection, article, content_hash, anchored_at) VALUES (?, ?, ?, ?)
            """, arguments: [collection, article, textHash, ISODate.string(date)])
    }

    static func forget(_ db: Database, collection: String, article: String) throws {
        try db.execute(sql: "DELETE FROM anchored_texts WHERE collection = ? AND article = ?",
                       arguments: [collection, article])
    }
}

extension NotesStore {
    /// The hash of the text each article of `collection` was last anchored against, by article
    /// id; articles re-anchored against a text of unknown hash, or never, are absent. Reads only.
    public func anchoredTextHashes(collection: String) throws -> [String: String] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT article, content_hash FROM anchored_texts WHERE collection = ?",
                                        arguments: [collection])
            return Dictionary(rows.map { ($0["article"], $0["content_hash"]) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The hash of the text `article`'s notes were last anchored against, if one is recorded.
    public func anchoredTextHash(collection: String, article: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT content_hash FROM anchored_texts WHERE collection = ? AND article = ?",
                                arguments: [collection, article])
        }
    }
}
