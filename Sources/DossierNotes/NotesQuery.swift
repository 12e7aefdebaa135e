import GRDB

extension NotesStore {
    /// The notes matching `query`, of `collection` (every collection when `nil`), in the
    /// query's order — selected by SQLite, so that ten thousand notes are never all read
    /// to show a few.
    ///
    /// A word matches without regard to case: ASCII words through SQLite's `lower`, any
    /// other through Swift's lower-casing (SQLite's knows only ASCII), so `ПУТЬ` finds
    /// `путь`.
    public func notes(matching query: NoteQuery, collection: String?) throws -> [Annotation] {
        let (filter, arguments, order) = Self.selection(query, collection: collection)
        return try pool.read { db in
            db.add(function: Self.fold)
            return try AnnotationRows.fetch(db, where: filter, arguments: arguments, order: order)
        }
    }

    /// ``notes(matching:collection:)`` with each note's handle (what `[[note:HANDLE]]` links
    /// name, see ``NoteHandles``), read in the same query.
    public func notesWithHandles(matching query: NoteQuery, collection: String?) throws
        -> [(annotation: Annotation, handle: String?)]
    {
        let (filter, arguments, order) = Self.selection(query, collection: collection)
        return try pool.read { db in
            db.add(function: Self.fold)
            return try AnnotationRows.fetchWithHandles(db, where: filter, arguments: arguments, order: order)
        }
    }

    /// The SQL condition (over alias `a`), its arguments and the ordering that select `query`'s notes.
    private static func selection(_ query: NoteQuery, collection: String?)
        -> (filter: String, arguments: StatementArguments, order: String)
    {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let collection {
            conditions.append("a.collection = ?")
            arguments += [collection]
        }
        if let article = query.article {
            conditions.append("a.article = ?")
            arguments += [article]
        }
        if let kind = query.kind {
            conditions.append("a.kind = ?")
            arguments += [kind.rawValue]
        }
        if let status = query.status {
            conditions.append("a.anchor_status = ?")
            arguments += [status.rawValue]
        }
        if let tag = query.tag {
            conditions.append("EXISTS (SELECT 1 FROM annotation_tags t2 WHERE t2.annotation_id = a.id AND t2.tag = ?)")
            arguments += [tag]
        }
        for word in query.words {
            let folding = word.allSatisfy(\.isASCII) ? "lower" : Self.fold.name
            let needle = word.lowercased()
            conditions.append("""
                (instr(\(folding)(a.body), ?) OR instr(\(folding)(a.exact), ?) OR instr(\(folding)(a.article), ?)
                 OR EXISTS (SELECT 1 FROM annotation_tags w WHERE w.annotation_id = a.id AND instr(\(folding)(w.tag), ?)))
                """)
            arguments += [needle, needle, needle, needle]
        }
        let filter = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        let order = switch query.order {
        case .document: AnnotationRows.documentOrder
        case .date: "a.modified DESC, a.created DESC, a.id"
        }
        return (filter, arguments, order)
    }

    /// `dossier_fold(text)`: the text lower-cased by Swift, for words SQLite cannot fold.
    static let fold = DatabaseFunction("dossier_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0])?.lowercased()
    }
}
