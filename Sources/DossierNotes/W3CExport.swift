import DossierCore
import Foundation

extension NotesStore {
    /// Exports annotations as W3C Web Annotation JSON-LD: an `AnnotationCollection`
    /// whose single page holds every annotation, each complete with its own
    /// `@context`.
    ///
    /// The collection's `id` is a `urn:uuid:` derived from what was exported (the
    /// collection and article), so exporting the same notes again names the same
    /// collection. Each target's `source` is the article's file URL when `sources`
    /// knows the article (with its original URL as `via`), else
    /// `dossier:<collection>/<article>`; `dossier:collection` and `dossier:article`
    /// name it either way. Selectors: a `TextQuoteSelector` and, unless orphaned, a
    /// `TextPositionSelector`. The body is a Markdown `TextualBody` (purpose
    /// `commenting`, `highlighting` or `questioning`) plus one `tagging` body per tag.
    public func exportW3C(
        collection: String? = nil, article: String? = nil, sources: W3CArticleSources? = nil
    ) throws -> Data {
        let items = try list(collection: collection, article: article).map { Self.w3c($0, sources: sources) }
        let scope = [collection ?? sources?.collection ?? "*", article ?? "*"].joined(separator: "\n")
        let document = W3C.Collection(
            id: "urn:uuid:" + AnnotationRows.key(StableUUID.make(from: "dossier notes export\n" + scope)),
            label: "Dossier notes", total: items.count, first: items.isEmpty ? nil : .init(items: items))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(document)
        data.append(0x0A)
        return data
    }

    static func w3c(_ annotation: Annotation, sources: W3CArticleSources? = nil) -> W3C.Annotation {
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
        let entry = sources?.entry(collection: annotation.collection, article: annotation.article)
        let source = entry?.fileURL ?? W3C.sourceScheme + annotation.collection + "/" + annotation.article
        return W3C.Annotation(
            id: "urn:uuid:" + AnnotationRows.key(annotation.id),
            motivation: annotation.kind.motivation,
            created: ISODate.string(annotation.created),
            modified: ISODate.string(annotation.modified),
            body: bodies,
            target: [W3C.Target(
                source: source, collection: annotation.collection, article: annotation.article,
                via: entry?.originalURL, selector: selectors)],
            anchorStatus: annotation.anchorStatus.rawValue)
    }
}
