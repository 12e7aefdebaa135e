import Foundation
import GRDB

/// How many notes of a collection link to each target — "3 notes link here" for an event,
/// entity, article, section or note title — counted by SQLite over the `links` table, each
/// linking note once per target, identifiers compared without regard to case.
///
/// ```swift
/// let counts = try store.linkCounts(collection: key)
/// counts.count(of: .event("tashkent-declaration-1966"))   // 2
/// ```
public struct LinkCounts: Hashable, Sendable {
    /// Linking notes by target kind, then by lower-cased identifier.
    private let counts: [LinkTargetKind: [String: Int]]

    init(counts: [LinkTargetKind: [String: Int]] = [:]) {
        self.counts = counts
    }

    /// No links at all (a collection without notes).
    public static let none = LinkCounts()

    /// How many notes link to `target` as written (for a note link: to that title, id or
    /// handle as written; ``NotesStore/noteBacklinks(collection:article:)`` counts a note's).
    public func count(of target: LinkTarget) -> Int {
        counts[target.kind]?[target.identifier.lowercased()] ?? 0
    }

    /// The identifiers (lower-cased) of the targets of `kind` some note links to.
    public func identifiers(of kind: LinkTargetKind) -> Set<String> {
        counts[kind].map { Set($0.keys) } ?? []
    }
}

extension NotesStore {
    /// How many notes of `collection` link to each target (one grouped query).
    public func linkCounts(collection: String) throws -> LinkCounts {
        try pool.read { db in
            db.add(function: Self.fold)
            let rows = try Row.fetchAll(db, sql: """
                SELECT l.target_kind, dossier_fold(l.target), COUNT(DISTINCT l.annotation_id)
                FROM annotations a JOIN links l ON l.annotation_id = a.id
                WHERE a.collection = ?
                GROUP BY l.target_kind, dossier_fold(l.target)
                """, arguments: [collection])
            var counts: [LinkTargetKind: [String: Int]] = [:]
            for row in rows {
                guard let kind = LinkTargetKind(rawValue: row[0]) else { continue }
                counts[kind, default: [:]][row[1]] = row[2]
            }
            return LinkCounts(counts: counts)
        }
    }

    /// How many other notes of `collection` link to each note of `article` — by its id
    /// (`[[3f2a…]]`, `[[urn:uuid:…]]`), its handle (`[[note:k3f9]]`) or its title, each
    /// linking note once — by id; notes nobody links to are left out. One query through
    /// the index of links by target; titles compare as SQLite's `NOCASE` does (ASCII case).
    public func noteBacklinks(collection: String, article: String) throws -> [UUID: Int] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, COUNT(DISTINCT l.annotation_id)
                FROM annotations a
                LEFT JOIN note_handles h ON h.annotation_id = a.id
                JOIN links l ON l.target_kind = 'note' AND l.annotation_id <> a.id
                    AND l.target IN (a.id, 'urn:uuid:' || a.id, a.title, h.handle)
                JOIN annotations linking ON linking.id = l.annotation_id AND linking.collection = a.collection
                WHERE a.collection = ? AND a.article = ?
                GROUP BY a.id
                """, arguments: [collection, article])
            var counts: [UUID: Int] = [:]
            for row in rows {
                if let id = LowercaseUUID.parse(row[0]) { counts[id] = row[1] }
            }
            return counts
        }
    }
}
