import DossierCore
import Foundation
import GRDB

/// One row of `article_file`: what reading an article file found, kept so that the file need
/// not be read again while its stamp (or hash) is unchanged.
struct StoredArticle {
    var stamp: FileStamp
    var hash: Int64
    var metadata: ArticleMetadata?
    var diagnostics: [StoredDiagnostic]
    var sectionCount: Int
    var wordCount: Int
    var footnoteCount: Int

    /// All rows by file name. The diagnostics are decoded in one call: a decoder call per row
    /// cost more than the rest of an unchanged refresh.
    static func fetchAll(_ db: Database) throws -> [String: StoredArticle] {
        let diagnostics = try JSONDecoder().decode([[StoredDiagnostic]].self, from: Data(try String.fetchOne(db, sql: """
            SELECT '[' || coalesce(group_concat(diagnostics, ','), '') || ']' FROM (SELECT diagnostics FROM article_file ORDER BY name)
            """)!.utf8))
        // A cursor: each row is read where SQLite holds it, not copied into a row of its own first.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT name, size, modified, hash, sections, words, footnotes, \(MetadataColumns.names)
            FROM article_file ORDER BY name
            """)
        var stored: [String: StoredArticle] = [:]
        stored.reserveCapacity(diagnostics.count)
        let changed = DatabaseError(resultCode: .SQLITE_CORRUPT, message: "article_file changed while it was read")
        var index = 0
        while let row = try rows.next() {
            guard index < diagnostics.count else { throw changed }
            // By position, as selected above (see ``MetadataColumns/metadata(_:from:)``).
            stored[row[0]] = StoredArticle(
                stamp: FileStamp(size: row[1], modified: row[2]), hash: row[3],
                metadata: try MetadataColumns.metadata(row, from: 7), diagnostics: diagnostics[index],
                sectionCount: row[4], wordCount: row[5], footnoteCount: row[6])
            index += 1
        }
        guard index == diagnostics.count else { throw changed }
        return stored
    }

    /// Stores the row; `bodyDiagnostics` are kept beside it for `dossier check`, not read back by ``fetchAll(_:)``.
    func save(_ db: Database, name: String, bodyDiagnostics: [StoredDiagnostic]) throws {
        let encoder = JSONEncoder()
        var arguments: StatementArguments = [name, stamp.size, stamp.modified, hash,
                                             String(decoding: try encoder.encode(diagnostics), as: UTF8.self),
                                             String(decoding: try encoder.encode(bodyDiagnostics), as: UTF8.self),
                                             sectionCount, wordCount, footnoteCount]
        arguments += try MetadataColumns.arguments(metadata)
        try db.execute(sql: """
            INSERT OR REPLACE INTO article_file (name, size, modified, hash, diagnostics, body_diagnostics, sections, words,
                                                 footnotes, \(MetadataColumns.names))
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, \(MetadataColumns.placeholders))
            """, arguments: arguments)
    }

    /// The body diagnostics stored for each file that has any, by file name.
    static func bodyDiagnostics(_ db: Database) throws -> [String: [StoredDiagnostic]] {
        let decoder = JSONDecoder()
        var found: [String: [StoredDiagnostic]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, body_diagnostics FROM article_file WHERE body_diagnostics <> '[]'") {
            found[row["name"]] = try decoder.decode([StoredDiagnostic].self, from: Data((row["body_diagnostics"] as String).utf8))
        }
        return found
    }

    static func updateStamp(_ db: Database, name: String, stamp: FileStamp) throws {
        try db.execute(sql: "UPDATE article_file SET size = ?, modified = ? WHERE name = ?",
                       arguments: [stamp.size, stamp.modified, name])
    }

    /// Removes a file's row, its blocks and their words.
    static func delete(_ db: Database, name: String) throws {
        try db.execute(sql: "DELETE FROM block_words WHERE rowid IN (SELECT id FROM block WHERE file = ?)", arguments: [name])
        try db.execute(sql: "DELETE FROM block WHERE file = ?", arguments: [name])
        try db.execute(sql: "DELETE FROM article_file WHERE name = ?", arguments: [name])
    }
}

/// A diagnostic as stored: the file it names is left out when it is the article's own file, so
/// that the collection folder may be named differently next time (`Content` or `./Content`).
struct StoredDiagnostic: Codable {
    var file: String?
    var line: Int
    var column: Int
    var severity: Diagnostic.Severity
    var message: String

    init(_ diagnostic: Diagnostic, articleFile: String) {
        file = diagnostic.file == articleFile ? nil : diagnostic.file
        line = diagnostic.line
        column = diagnostic.column
        severity = diagnostic.severity
        message = diagnostic.message
    }

    func diagnostic(articleFile: String) -> Diagnostic {
        Diagnostic(file: file ?? articleFile, line: line, column: column, severity: severity, message: message)
    }
}
