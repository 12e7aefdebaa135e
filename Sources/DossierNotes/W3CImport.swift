import DossierCore
import Foundation

/// What ``NotesStore/importW3C(_:sources:now:)`` did.
public struct ImportReport: Hashable, Sendable {
    /// Annotations that were not stored yet.
    public var inserted = 0
    /// Stored annotations replaced by a more recently modified imported version.
    public var updated = 0
    /// Annotations already stored as imported, or stored with newer changes.
    public var unchanged = 0
    /// Items that are not annotations of a passage (no quote), with the reason.
    public var skipped: [String] = []
    /// Annotations from other tools kept as orphans, with the reason: their source
    /// is no article of the collection, or their quote is not in the article.
    public var orphaned: [String] = []
    /// Values that could not be taken as written, and what was done instead.
    public var warnings: [String] = []
    /// The inserted or updated annotations that were placed on an article, for
    /// re-anchoring against its text.
    public var placed: [UUID] = []

    /// Creates an empty report.
    init() {}
}

extension NotesStore {
    /// Imports a W3C Web Annotation file (this store's export in any of its
    /// shapes, or one annotation, an array, a page or a collection from another
    /// tool) in one transaction.
    ///
    /// Annotations are matched by id (`urn:uuid:…`; any other id is mapped to a
    /// stable UUID), so importing the same file twice adds nothing. A stored
    /// annotation is replaced only by an imported version modified later.
    ///
    /// An annotation is placed on an article by its `dossier:collection` and
    /// `dossier:article`, else by a `dossier:<collection>/<article>` source, else
    /// by a source that is the file URL or original URL of one of `sources`'
    /// articles — and then anchored by its quote and context in that article's
    /// text. One that cannot be placed is kept as an orphan (under its source when
    /// no article is) and reported with the reason; an item without a quote is
    /// skipped and reported. A `created` or `modified` that is not an xsd:dateTime
    /// with a time zone is replaced by `now` and reported.
    @discardableResult
    public func importW3C(_ data: Data, sources: W3CArticleSources? = nil, now: Date = Date()) throws
        -> ImportReport
    {
        let items = try Self.parseW3C(data)
        var report = ImportReport()
        var decoded: [ImportedAnnotation] = []
        var texts: [String: AnchorText] = [:]
        for (index, item) in items.enumerated() {
            let name = "item \(index + 1) (\(item.id ?? "no id"))"
            switch Self.annotation(from: item, sources: sources, now: now) {
            case .success(var imported):
                let article = imported.annotation.article
                if imported.placedBySource, let sources,
                   let text = texts[article] ?? sources.plainText(of: article).map(AnchorText.init) {
                    texts[article] = text
                    Self.anchorFirstTime(&imported, in: text)
                }
                decoded.append(imported)
                report.warnings += imported.warnings.map { "\(name): \($0)" }
                if let reason = imported.orphanReason { report.orphaned.append("\(name): \(reason)") }
            case .failure(let reason):
                report.skipped.append("\(name): \(reason)")
            }
        }
        return try pool.write { [decoded, report] db in
            var report = report
            for imported in decoded {
                let annotation = imported.annotation
                if let existing = try AnnotationRows.fetch(db, id: annotation.id) {
                    // Dates invented at import time say nothing about which version is newer.
                    if existing == annotation || imported.datedAtImport || existing.modified >= annotation.modified {
                        report.unchanged += 1
                        continue
                    }
                    try AnnotationRows.replace(db, annotation)
                    report.updated += 1
                } else {
                    try AnnotationRows.insert(db, annotation)
                    report.inserted += 1
                }
                if imported.orphanReason == nil { report.placed.append(annotation.id) }
            }
            return report
        }
    }

    static func parseW3C(_ data: Data) throws -> [W3C.Annotation] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw NotesStoreError.invalidImport("the file is not JSON (\(error.localizedDescription))")
        }
        let objects: [Any]
        if let array = json as? [Any] {
            objects = array
        } else if let object = json as? [String: Any] {
            switch object["type"] as? String {
            case "AnnotationCollection":
                let first = object["first"] as? [String: Any]
                guard let items = first?["items"] as? [Any] ?? object["items"] as? [Any] else {
                    if object["total"] as? Int == 0 { return [] }
                    throw NotesStoreError.invalidImport("an AnnotationCollection without embedded items")
                }
                objects = items
            case "AnnotationPage":
                objects = object["items"] as? [Any] ?? []
            default:
                objects = [object]
            }
        } else {
            throw NotesStoreError.invalidImport("expected an annotation, an array, a page or a collection")
        }
        let decoder = JSONDecoder()
        return try objects.enumerated().map { index, object in
            do {
                let itemData = try JSONSerialization.data(withJSONObject: object, options: [.fragmentsAllowed])
                return try decoder.decode(W3C.Annotation.self, from: itemData)
            } catch {
                throw NotesStoreError.invalidImport("item \(index + 1) is not a Web Annotation (\(error))")
            }
        }
    }

    static func annotation(from item: W3C.Annotation, sources: W3CArticleSources?, now: Date)
        -> Result<ImportedAnnotation, ImportSkip>
    {
        // The target with a quote: another tool may add targets Dossier cannot anchor (a whole page, an image).
        guard let target = item.target.first(where: { $0.selector.contains { $0.type == "TextQuoteSelector" } }),
              let quote = target.selector.first(where: { $0.type == "TextQuoteSelector" }),
              let exact = quote.exact, !exact.isEmpty
        else { return .failure(ImportSkip("no target with a TextQuoteSelector: not an annotation of a passage")) }
        let placement: Placement
        switch Self.place(target, sources: sources) {
        case .success(let placed): placement = placed
        case .failure(let skip): return .failure(skip)
        }
        var position: TextPositionSelector?
        if placement.positionsAreOurs,
           let selector = target.selector.first(where: { $0.type == "TextPositionSelector" }),
           let start = selector.start, let end = selector.end, start >= 0, end >= start {
            position = TextPositionSelector(start: start, end: end)
        }
        let tags = item.body.filter { $0.purpose == "tagging" }.map(\.value)
        let content = item.body.first { $0.purpose != "tagging" }
        let kind = item.motivation.flatMap(AnnotationKind.init(motivation:))
            ?? content?.purpose.flatMap(AnnotationKind.init(motivation:))
            ?? (content == nil ? .highlight : .note)
        var warnings: [String] = []
        var datedAtImport = false
        let created = Self.date(item.created, named: "created", fallback: now, warnings: &warnings,
                                datedAtImport: &datedAtImport)
        let modified = Self.date(item.modified, named: "modified", fallback: created, warnings: &warnings,
                                 datedAtImport: &datedAtImport)
        let status = placement.orphanReason != nil ? .orphaned
            : item.anchorStatus.flatMap(AnchorStatus.init(rawValue:)) ?? .exact
        return .success(ImportedAnnotation(
            annotation: Annotation(
                id: Self.uuid(forImportedID: item.id, fallback: "\(target.source)\n\(exact)\n\(item.created ?? "")"),
                collection: placement.collection, article: placement.article,
                selectors: AnchorSelectors(
                    quote: TextQuoteSelector(exact: exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? ""),
                    position: position),
                kind: kind, body: content?.value ?? "", tags: tags, created: created, modified: modified,
                anchorStatus: status),
            orphanReason: placement.orphanReason, warnings: warnings, datedAtImport: datedAtImport,
            placedBySource: !placement.positionsAreOurs && placement.orphanReason == nil))
    }

    /// Places an annotation from another tool in the article's text for the first
    /// time: where its quote and context are found is where it belongs (`exact`,
    /// with fresh context and position), a close passage is flagged `approximate`,
    /// and a quote that is not there orphans it, with the reason.
    static func anchorFirstTime(_ imported: inout ImportedAnnotation, in text: AnchorText) {
        var annotation = imported.annotation
        switch Anchor.resolve(annotation.selectors, in: text) {
        case .exact(let range), .reanchored(let range):
            if let selectors = Anchor.selectors(for: range, in: text) { annotation.selectors = selectors }
            annotation.anchorStatus = .exact
        case .approximate(let range, _):
            annotation.selectors.position = TextPositionSelector(range)
            annotation.anchorStatus = .approximate
        case .orphaned:
            annotation.anchorStatus = .orphaned
            imported.orphanReason = "kept as an orphan: its quote is not in \(annotation.article)"
        }
        imported.annotation = annotation
    }

    /// The article `target` names, or, when it names none Dossier knows, the
    /// orphan's place under its source with the reason.
    static func place(_ target: W3C.Target, sources: W3CArticleSources?) -> Result<Placement, ImportSkip> {
        if let collection = target.collection, let article = target.article, !collection.isEmpty, !article.isEmpty {
            return .success(Placement(collection: collection, article: article, positionsAreOurs: true))
        }
        if target.source.hasPrefix(W3C.sourceScheme) {
            let path = target.source.dropFirst(W3C.sourceScheme.count)
            guard let slash = path.lastIndex(of: "/"), slash != path.startIndex,
                  path.index(after: slash) != path.endIndex
            else { return .failure(ImportSkip("target \(target.source) is not dossier:<collection>/<article>")) }
            return .success(Placement(
                collection: String(path[..<slash]), article: String(path[path.index(after: slash)...]),
                positionsAreOurs: true))
        }
        if let sources, let article = sources.article(forSource: target.source) {
            return .success(Placement(collection: sources.collection, article: article, positionsAreOurs: false))
        }
        let reason = sources == nil
            ? "no collection was loaded to find its source \(target.source) in"
            : "its source \(target.source) is not the file or the url of an article of this collection"
        return .success(Placement(
            collection: sources?.collection ?? Placement.unknownCollection, article: target.source,
            positionsAreOurs: false, orphanReason: "kept as an orphan: " + reason))
    }

    /// `text` as a date; `fallback`, with a warning, when it is missing or not an
    /// xsd:dateTime with a time zone.
    private static func date(
        _ text: String?, named name: String, fallback: Date, warnings: inout [String], datedAtImport: inout Bool
    ) -> Date {
        guard let text else {
            if name == "created" { datedAtImport = true }
            return fallback
        }
        if let date = ISODate.date(text) { return date }
        datedAtImport = true
        let instead = name == "created" ? "the import time" : "its created date"
        warnings.append("\"\(name)\": \"\(text)\" is not a date-time with a time zone; kept with \(instead)")
        return fallback
    }

    /// `urn:uuid:X` (or a bare UUID) gives X; any other id — or, without an id,
    /// the target and quote — is hashed into a stable UUID so that re-imports match.
    static func uuid(forImportedID id: String?, fallback: String) -> UUID {
        if let id {
            let bare = id.lowercased().hasPrefix("urn:uuid:") ? String(id.dropFirst(9)) : id
            if let uuid = UUID(uuidString: bare) { return uuid }
        }
        return StableUUID.make(from: id ?? fallback)
    }
}

/// An imported annotation with what the import had to decide about it.
struct ImportedAnnotation {
    var annotation: Annotation
    /// Why it could not be placed on an article, if it could not.
    var orphanReason: String?
    var warnings: [String]
    /// Whether a date was missing or invalid and replaced at import.
    var datedAtImport: Bool
    /// Whether it came from another tool and was placed by its source IRI: it has
    /// no position of Dossier's yet.
    var placedBySource: Bool
}

/// The article an imported annotation belongs to.
struct Placement {
    /// The collection of an orphan imported while no collection was loaded.
    static let unknownCollection = "imported"

    var collection: String
    var article: String
    /// Whether a `TextPositionSelector` counts in the plain text of the article, as
    /// Dossier's own do. Another tool's count in its rendering of the page (HTML,
    /// PDF, the Markdown file) is not, and is dropped: the quote places the note.
    var positionsAreOurs: Bool
    var orphanReason: String?
}

/// Why an imported item was skipped.
struct ImportSkip: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
