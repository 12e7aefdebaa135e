import DossierCore
import Foundation
import GRDB

/// Reading and writing annotations as rows of `annotations`, `annotation_tags`
/// and `links`. Every function here runs inside a caller's transaction.
enum AnnotationRows {
    static let columns = """
        a.id, a.collection, a.article, a.exact, a.prefix, a.suffix, a.start, a."end", a.kind, a.body,
        a.created, a.modified, a.anchor_status
        """

    /// Document order: collection, article, start (unpositioned last), created.
    static let documentOrder = "a.collection, a.article, a.start IS NULL, a.start, a.created, a.id"

    /// Fetches the annotations matching `filter` (an SQL condition over alias `a`),
    /// sorted by `order` (an SQL ordering over alias `a`).
    static func fetch(_ db: Database, where filter: String = "1", arguments: StatementArguments = [],
                      order: String = documentOrder) throws -> [Annotation]
    {
        var annotations: [Annotation] = []
        try forEach(db, where: filter, arguments: arguments, order: order, withHandles: false) { annotation, _ in
            annotations.append(annotation)
        }
        return annotations
    }

    /// ``fetch(_:where:arguments:order:)`` with each annotation's handle (``NoteHandles``),
    /// read in the same query: a second query for the handles, joined on the text id and
    /// parsed back to UUIDs, was a sixth of listing ten thousand notes.
    static func fetchWithHandles(_ db: Database, where filter: String = "1", arguments: StatementArguments = [],
                                 order: String = documentOrder) throws -> [(annotation: Annotation, handle: String?)]
    {
        var found: [(annotation: Annotation, handle: String?)] = []
        try forEach(db, where: filter, arguments: arguments, order: order, withHandles: true) { found.append(($0, $1)) }
        return found
    }

    private static func forEach(_ db: Database, where filter: String, arguments: StatementArguments, order: String,
                                withHandles: Bool, _ body: (Annotation, String?) throws -> Void) throws
    {
        var tagsByID: [String: [String]] = [:]
        let tagRows = try Row.fetchAll(db, sql: """
            SELECT t.annotation_id, t.tag FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id
            WHERE \(filter)
            """, arguments: arguments)
        for row in tagRows {
            tagsByID[row[0], default: []].append(row[1])
        }
        let handle = withHandles ? ", h.handle" : ""
        let join = withHandles ? "LEFT JOIN note_handles h ON h.annotation_id = a.id" : ""
        // A cursor, each row read where SQLite holds it: `notes list` reads every note.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(columns)\(handle) FROM annotations a \(join) WHERE \(filter) ORDER BY \(order)
            """, arguments: arguments)
        while let row = try rows.next() {
            try body(try annotation(row, tags: tagsByID[row[0]] ?? []), withHandles ? row[13] : nil)
        }
    }

    /// The annotation with `id`, if stored.
    static func fetch(_ db: Database, id: UUID) throws -> Annotation? {
        try fetch(db, where: "a.id = ?", arguments: [key(id)]).first
    }

    /// Inserts `annotation` with its tags (those written in its body too, see ``NoteTags``),
    /// links and handle (``NoteHandles``); throws ``NotesStoreError/duplicate(_:)`` if its
    /// id is taken.
    static func insert(_ db: Database, _ annotation: Annotation) throws {
        if try exists(db, annotation.id) { throw NotesStoreError.duplicate(annotation.id) }
        var annotation = annotation
        annotation.tags = NoteTags.synced(annotation.tags, oldBody: "", newBody: annotation.body)
        try db.execute(sql: """
            INSERT INTO annotations
                (id, collection, article, exact, prefix, suffix, start, "end", kind, body, title,
                 created, modified, anchor_status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: arguments(annotation))
        try writeTagsAndLinks(db, annotation)
        try NoteHandles.assign(db, id: annotation.id)
        try AnchoredTexts.forget(db, collection: annotation.collection, article: annotation.article)
    }

    /// Replaces the stored row of `annotation` (same id), tags and links included; the
    /// `#tags` of the stored body give way to those of the new one (``NoteTags``).
    static func replace(_ db: Database, _ annotation: Annotation) throws {
        guard let storedBody = try String.fetchOne(
            db, sql: "SELECT body FROM annotations WHERE id = ?", arguments: [key(annotation.id)]) else {
            throw NotesStoreError.notFound(annotation.id)
        }
        var annotation = annotation
        annotation.tags = NoteTags.synced(annotation.tags, oldBody: storedBody, newBody: annotation.body)
        var values = arguments(annotation)
        values += [key(annotation.id)]
        try db.execute(sql: """
            UPDATE annotations SET
                id = ?, collection = ?, article = ?, exact = ?, prefix = ?, suffix = ?, start = ?, "end" = ?,
                kind = ?, body = ?, title = ?, created = ?, modified = ?, anchor_status = ?
            WHERE id = ?
            """, arguments: values)
        try db.execute(sql: "DELETE FROM annotation_tags WHERE annotation_id = ?", arguments: [key(annotation.id)])
        try db.execute(sql: "DELETE FROM links WHERE annotation_id = ?", arguments: [key(annotation.id)])
        try writeTagsAndLinks(db, annotation)
        // Its selectors may now come from another text than the one recorded for its article.
        try AnchoredTexts.forget(db, collection: annotation.collection, article: annotation.article)
    }

    /// Updates only the selectors and anchor status (re-anchoring is not an edit:
    /// `modified` is kept).
    static func updateAnchor(_ db: Database, _ annotation: Annotation) throws {
        let quote = annotation.selectors.quote
        let position = annotation.selectors.position
        try db.execute(sql: """
            UPDATE annotations SET exact = ?, prefix = ?, suffix = ?, start = ?, "end" = ?, anchor_status = ?
            WHERE id = ?
            """, arguments: [quote.exact, quote.prefix, quote.suffix, position?.start, position?.end,
                             annotation.anchorStatus.rawValue, key(annotation.id)])
    }

    static func exists(_ db: Database, _ id: UUID) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM annotations WHERE id = ?)", arguments: [key(id)])
            ?? false
    }

    /// The stored form of an id: lowercase UUID text.
    static func key(_ id: UUID) -> String { LowercaseUUID.text(of: id) }

    private static func arguments(_ annotation: Annotation) -> StatementArguments {
        let quote = annotation.selectors.quote
        let position = annotation.selectors.position
        return [
            key(annotation.id), annotation.collection, annotation.article, quote.exact, quote.prefix, quote.suffix,
            position?.start, position?.end, annotation.kind.rawValue, annotation.body, annotation.title,
            ISODate.string(annotation.created), ISODate.string(annotation.modified), annotation.anchorStatus.rawValue,
        ]
    }

    private static func writeTagsAndLinks(_ db: Database, _ annotation: Annotation) throws {
        for tag in annotation.tags {
            try db.execute(
                sql: "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)",
                arguments: [key(annotation.id), tag])
        }
        for target in annotation.links {
            try db.execute(
                sql: "INSERT OR IGNORE INTO links (annotation_id, target_kind, target) VALUES (?, ?, ?)",
                arguments: [key(annotation.id), target.kind.rawValue, target.identifier])
        }
    }

    /// The annotation in `row`, whose first columns are ``columns`` in order. Read by position:
    /// GRDB finds a column by name comparing names case-insensitively, column by column,
    /// which was a tenth of reading ten thousand notes.
    private static func annotation(_ row: Row, tags: [String]) throws -> Annotation {
        let idText: String = row[0]
        guard let id = LowercaseUUID.parse(idText) else {
            throw DatabaseError(message: "invalid annotation id \(idText)")
        }
        let start: Int? = row[6]
        let end: Int? = row[7]
        let position = start.flatMap { start in end.map { TextPositionSelector(start: start, end: $0) } }
        let selectors = AnchorSelectors(
            quote: TextQuoteSelector(exact: row[3], prefix: row[4], suffix: row[5]),
            position: position)
        let createdText: String = row[10]
        let modifiedText: String = row[11]
        let kindText: String = row[8]
        let statusText: String = row[12]
        return Annotation(
            id: id, collection: row[1], article: row[2], selectors: selectors,
            kind: AnnotationKind(rawValue: kindText) ?? .note, body: row[9], tags: tags,
            created: ISODate.date(createdText) ?? Date(timeIntervalSince1970: 0),
            modified: ISODate.date(modifiedText) ?? Date(timeIntervalSince1970: 0),
            anchorStatus: AnchorStatus(rawValue: statusText) ?? .orphaned)
    }
}
