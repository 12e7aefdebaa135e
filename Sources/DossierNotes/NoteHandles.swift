import Foundation
import GRDB

/// Short, stable handles for notes — `k3f9` — so that one note can link another with
/// `[[note:k3f9]]` instead of quoting its whole first line.
///
/// A handle is the shortest prefix (at least ``minimumLength`` characters) of the note's
/// UUID written in Crockford's base32 (lower case, no `i l o u`) that no other note has
/// taken. It is stored in `note_handles` when the note is first stored and never
/// changes: not when the note is edited, not when another note would want it, and not
/// when the note is deleted — a deleted note keeps its handle (undo gives it back, and a
/// link to a deleted note never silently names a newer one).
///
/// ```swift
/// NoteHandles.fullHandle(of: id)                 // "k3f9q2…" (26 characters)
/// try NoteHandles.assign(db, id: id)             // "k3f9" (or "k3f9q" if taken)
/// ```
public enum NoteHandles {
    /// The shortest handle given.
    static let minimumLength = 4
    /// Crockford's base32 alphabet, lower case: no `i`, `l`, `o`, `u`, which read as digits or words.
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")

    /// The UUID's 128 bits in base32, most significant first: 26 characters, every
    /// handle of the note being a prefix of it.
    static func fullHandle(of id: UUID) -> String {
        let bytes = withUnsafeBytes(of: id.uuid) { Array($0) }
        var result = ""
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                bits -= 5
                result.append(alphabet[Int((buffer >> UInt32(bits)) & 31)])
            }
        }
        if bits > 0 { result.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
        return result
    }

    /// Whether `text` could be a handle: base32 characters (either case), at least
    /// ``minimumLength`` of them.
    public static func isHandleShaped(_ text: String) -> Bool {
        text.count >= minimumLength && text.lowercased().allSatisfy { alphabet.contains($0) }
    }

    /// The handle of the note `id`, giving it one if it has none yet (inside the
    /// caller's transaction).
    @discardableResult
    static func assign(_ db: Database, id: UUID) throws -> String {
        if let existing = try handle(db, of: id) { return existing }
        let full = fullHandle(of: id)
        var length = minimumLength
        while length < full.count {
            let candidate = String(full.prefix(length))
            let taken = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM note_handles WHERE handle = ?)", arguments: [candidate]) ?? false
            if !taken { break }
            length += 1
        }
        let handle = String(full.prefix(length))
        try db.execute(sql: "INSERT INTO note_handles (handle, annotation_id) VALUES (?, ?)",
                       arguments: [handle, AnnotationRows.key(id)])
        return handle
    }

    /// The handle of the note `id`, if it has one.
    static func handle(_ db: Database, of id: UUID) throws -> String? {
        try String.fetchOne(db, sql: "SELECT handle FROM note_handles WHERE annotation_id = ?",
                            arguments: [AnnotationRows.key(id)])
    }

    /// The note a handle names (any case), if one was given it.
    static func annotationID(_ db: Database, handle: String) throws -> UUID? {
        try String.fetchOne(db, sql: "SELECT annotation_id FROM note_handles WHERE handle = ?",
                            arguments: [handle.lowercased()]).flatMap(UUID.init(uuidString:))
    }

    /// Schema version 2: the `note_handles` table, a handle for every stored note (the
    /// oldest first, so that older notes get the shorter handles), and the `#tags` of
    /// existing bodies as tags (see ``NoteTags``).
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE note_handles (
                handle TEXT PRIMARY KEY NOT NULL,
                annotation_id TEXT NOT NULL UNIQUE
            ) WITHOUT ROWID;
            """)
        let rows = try Row.fetchAll(db, sql: "SELECT id, body FROM annotations ORDER BY created, id")
        for row in rows {
            let key: String = row[0]
            guard let id = UUID(uuidString: key) else { continue }
            try assign(db, id: id)
            for tag in NoteTags.inBody(row[1]) {
                try db.execute(sql: "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)",
                               arguments: [key, tag])
            }
        }
    }
}
