import Foundation
import GRDB

/// A summary of the database's health, for `dossier notes check`.
public struct NotesHealth: Hashable, Sendable {
    /// The database file.
    public var path: String
    /// The stored schema version.
    public var schemaVersion: Int
    /// SQLite's `PRAGMA integrity_check` lines; `["ok"]` when sound.
    public var integrity: [String]
    /// Foreign-key violations (tags or links without their annotation).
    public var foreignKeyViolations: Int
    /// The number of annotations, and of those in each anchor status.
    public var annotations: Int
    /// Annotations by anchor status.
    public var byStatus: [AnchorStatus: Int]

    /// Whether SQLite found the file sound.
    public var isSound: Bool { integrity == ["ok"] && foreignKeyViolations == 0 }
}

extension NotesStore {
    /// Checks the database: integrity, foreign keys, counts. Reads only.
    public func health() throws -> NotesHealth {
        let path = self.path
        return try pool.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
            var byStatus: [AnchorStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT anchor_status, COUNT(*) FROM annotations GROUP BY anchor_status") {
                if let status = AnchorStatus(rawValue: row[0]) { byStatus[status] = row[1] }
            }
            return NotesHealth(
                path: path, schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                integrity: integrity, foreignKeyViolations: violations,
                annotations: byStatus.values.reduce(0, +), byStatus: byStatus)
        }
    }
}
