import Foundation
import GRDB

/// What a `[[…]]` note link and the `[[` completion need of a note — its id, handle,
/// title and where its passage is — without its body, quote or tags: the reader keeps
/// these for the whole collection, and the notes themselves only for the article shown.
public struct NoteName: Hashable, Sendable {
    public var id: UUID
    /// Its short handle (``NoteHandles``), once stored.
    public var handle: String?
    /// ``Annotation/title``.
    public var title: String
    public var article: String
    /// Where its passage is; `nil` when it has no stored position.
    public var position: Range<Int>?
    public var anchorStatus: AnchorStatus
}

extension NotesStore {
    /// The names of every note of `collection`, the oldest first (so that the first of
    /// repeated titles is the one a `[[title]]` link names).
    public func noteNames(collection: String) throws -> [NoteName] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, h.handle, a.title, a.article, a.start, a."end", a.anchor_status
                FROM annotations a LEFT JOIN note_handles h ON h.annotation_id = a.id
                WHERE a.collection = ?
                ORDER BY a.created, a.id
                """, arguments: [collection]).compactMap { row in
                guard let id = LowercaseUUID.parse(row[0]) else { return nil }
                let start: Int? = row[4]
                let end: Int? = row[5]
                let status: String = row[6]
                return NoteName(id: id, handle: row[1], title: row[2], article: row[3],
                                position: start.flatMap { start in end.map { start..<max(start, $0) } },
                                anchorStatus: AnchorStatus(rawValue: status) ?? .orphaned)
            }
        }
    }
}
