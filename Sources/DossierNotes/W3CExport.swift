import DossierCore
import Foundation

/// What ``NotesStore/importW3C(_:)`` did.
public struct ImportReport: Hashable, Sendable {
    /// Annotations that were not stored yet.
    public var inserted = 0
    /// Stored annotations replaced by a more recently modified imported version.
    public var updated = 0
    /// Annotations already stored as imported, or stored with newer changes.
    public var unchanged = 0
    /// Annotations that could not be imported, with the reason.
    public var skipped: [String] = []

    /// Creates an empty report.
    public init() {}
}

extension NotesStore {
    /// Exports annotations as W3C Web Annotation JSON-LD: an `AnnotationCollection`
    /// whose single page holds every annotation, each complete with its own
    /// `@context`. Targets are `dossier:<collection>/<article>` with a
    /// `TextQuoteSelector` and a `TextPositionSelector`; the body is a Markdown
    /// `TextualBody` (purpose `commenting`, `highlighting` or `questioning`) plus
    /// one `tagging` body per tag.
    public func exportW3C(collection: String? = nil, article: String? = nil) throws -> Data {
        let items = try list(collection: collection, article: article).map(Self.w3c)
        let document = W3C.Collection(
            label: "Dossier notes", total: items.count, first: .init(items: items))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    /// Imports a W3C Web Annotation file (this store's export, or one annotation,
    /// an array, a page or a collection from another tool) in one transaction.
    ///
    /// Annotations are matched by id (`urn:uuid:…`; any other id is mapped to a
    /// stable UUID), so importing the same file twice adds nothing. A stored
    /// annotation is replaced only by an imported version modified later.
    /// Annotations whose target is not a `dossier:` source with a quote are
    /// skipped and reported.
    @discardableResult
    public func importW3C(_ data: Data) throws -> ImportReport {
        let items = try Self.parseW3C(data)
        var report = ImportReport()
        var decoded: [Annotation] = []
        for (index, item) in items.enumerated() {
            switch Self.annotation(from: item) {
            case .success(let annotation): decoded.append(annotation)
            case .failure(let reason): report.skipped.append("item \(index + 1) (\(item.id ?? "no id")): \(reason)")
            }
        }
        return try pool.write { [decoded, report] db in
            var report = report
            for annotation in decoded {
                if let existing = try AnnotationRows.fetch(db, id: annotation.id) {
                    if existing == annotation || existing.modified >= annotation.modified {
                        report.unchanged += 1
                    } else {
                        try AnnotationRows.replace(db, annotation)
                        report.updated += 1
                    }
                } else {
                    try AnnotationRows.insert(db, annotation)
                    report.inserted += 1
                }
            }
            return report
        }
    }

    // MARK: Mapping

    static func w3c(_ annotation: Annotation) -> W3C.Annotation {
        var bodies: [W3C.Body] = []
        if !annotation.body.isEmpty {
            bodies.append(W3C.Body(
                value: annotation.body, format: "text/markdown", purpose: annotation.kind.motivation))
        }
        bodies += annotation.tags.map { W3C.Body(value: $0, purpose: "tagging") }
        let quote = annotation.selectors.quote
        var selectors = [W3C.Selector(
            type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix)]
        if let position = annotation.selectors.position {
            selectors.append(W3C.Selector(type: "TextPositionSelector", start: position.start, end: position.end))
        }
        return W3C.Annotation(
            id: "urn:uuid:" + AnnotationRows.key(annotation.id),
            motivation: annotation.kind.motivation,
            created: ISODate.string(annotation.created),
            modified: ISODate.string(annotation.modified),
            body: bodies,
            target: [W3C.Target(
                source: W3C.sourceScheme + annotation.collection + "/" + annotation.article, selector: selectors)],
            anchorStatus: annotation.anchorStatus.rawValue)
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

    static func annotation(from item: W3C.Annotation) -> Result<Annotation, ImportSkip> {
        guard let target = item.target.first(where: { $0.source.hasPrefix(W3C.sourceScheme) }) else {
            return .failure(ImportSkip("its target is not a dossier: source"))
        }
        let path = target.source.dropFirst(W3C.sourceScheme.count)
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex, path.index(after: slash) != path.endIndex
        else { return .failure(ImportSkip("target \(target.source) is not dossier:<collection>/<article>")) }
        let collection = String(path[..<slash])
        let article = String(path[path.index(after: slash)...])
        guard let quote = target.selector.first(where: { $0.type == "TextQuoteSelector" }),
              let exact = quote.exact, !exact.isEmpty
        else { return .failure(ImportSkip("no TextQuoteSelector")) }
        var position: TextPositionSelector?
        if let selector = target.selector.first(where: { $0.type == "TextPositionSelector" }),
           let start = selector.start, let end = selector.end, start >= 0, end >= start {
            position = TextPositionSelector(start: start, end: end)
        }
        let tags = item.body.filter { $0.purpose == "tagging" }.map(\.value)
        let content = item.body.first { $0.purpose != "tagging" }
        let kind = item.motivation.flatMap(AnnotationKind.init(motivation:))
            ?? content?.purpose.flatMap(AnnotationKind.init(motivation:))
            ?? (content == nil ? .highlight : .note)
        let created = item.created.flatMap(ISODate.date) ?? Date(timeIntervalSince1970: 0)
        let modified = item.modified.flatMap(ISODate.date) ?? created
        return .success(Annotation(
            id: Self.uuid(forImportedID: item.id, fallback: "\(target.source)\n\(exact)\n\(item.created ?? "")"),
            collection: collection, article: article,
            selectors: AnchorSelectors(
                quote: TextQuoteSelector(exact: exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? ""),
                position: position),
            kind: kind, body: content?.value ?? "", tags: tags, created: created, modified: modified,
            anchorStatus: item.anchorStatus.flatMap(AnchorStatus.init(rawValue:)) ?? .exact))
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

/// Why an imported item was skipped.
struct ImportSkip: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
