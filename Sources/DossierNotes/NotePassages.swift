import Foundation
import GRDB

/// A passage of an article, in plain-text scalar offsets `[start, end)`: an event's
/// telling, when the reader asks which notes are written on it.
public struct NotePassage: Hashable, Sendable {
    public var article: String
    public var start: Int
    public var end: Int

    public init(article: String, start: Int, end: Int) {
        self.article = article
        self.start = start
        self.end = end
    }
}

extension NotesStore {
    /// For each of `passages`, whether a note of `collection` that is not orphaned is
    /// written on part of it: one lookup each through the index by article and position.
    public func notedPassages(_ passages: [NotePassage], collection: String) throws -> [Bool] {
        try pool.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM annotations
                    WHERE collection = ? AND article = ? AND start < ? AND "end" > ? AND start < "end"
                      AND anchor_status <> 'orphaned')
                """)
            return try passages.map { passage in
                try Bool.fetchOne(statement, arguments: [collection, passage.article, passage.end, passage.start]) ?? false
            }
        }
    }

    /// The notes of `collection` that link to a target of `kind` — one of `identifiers`
    /// (case ignored), or any when `nil` — or that, not orphaned, are written on part of one
    /// of `passages`; in document order. What an event card and an entity page list.
    public func notes(linkingTo kind: LinkTargetKind, identifiers: [String]? = nil,
                      orOn passages: [NotePassage] = [], collection: String) throws -> [Annotation] {
        var link = "l.annotation_id = a.id AND l.target_kind = ?"
        var arguments: StatementArguments = [collection, kind.rawValue]
        if let identifiers {
            link += " AND l.target IN (" + identifiers.map { _ in "?" }.joined(separator: ", ") + ")"
            arguments += StatementArguments(identifiers)
        }
        var either = ["EXISTS (SELECT 1 FROM links l WHERE \(link))"]
        for passage in passages {
            either.append("""
                (a.article = ? AND a.start < ? AND a."end" > ? AND a.start < a."end" AND a.anchor_status <> 'orphaned')
                """)
            arguments += [passage.article, passage.end, passage.start]
        }
        let filter = "a.collection = ? AND (" + either.joined(separator: " OR ") + ")"
        return try pool.read { db in try AnnotationRows.fetch(db, where: filter, arguments: arguments) }
    }
}
