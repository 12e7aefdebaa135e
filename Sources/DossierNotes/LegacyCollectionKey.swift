import DossierCore
import GRDB

extension NotesStore {
    /// The key of `collection`'s notes (``NotesCollectionKey/key(for:)``), after moving to it
    /// whatever is still stored under the key earlier versions used (the title's slug), in
    /// one transaction. Nothing is lost; once
    /// moved, later calls find nothing to move and only read. A read-only store moves nothing
    /// and answers the legacy key while notes are still stored under it.
    public func collectionKey(for collection: DossierCollection) throws -> String {
        let key = NotesCollectionKey.key(for: collection)
        let legacy = NotesCollectionKey.legacyKey(for: collection)
        guard legacy != key else { return key }
        let waiting = try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM annotations WHERE collection = ?)", arguments: [legacy]) ?? false
        }
        guard waiting else { return key }
        // Reading writes nothing: a read-only store reads the notes where they still are;
        // the next writing command moves them.
        guard access == .readWrite else { return legacy }
        try pool.write { db in
            try db.execute(sql: "UPDATE annotations SET collection = ? WHERE collection = ?", arguments: [key, legacy])
        }
        return key
    }
}
