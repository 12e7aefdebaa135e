import DossierCore
import Foundation

/// The W3C Web Annotation Data Model (JSON-LD, `http://www.w3.org/ns/anno.jsonld`)
/// as Dossier writes and reads it — the model Hypothesis and other annotation
/// tools use.
///
/// Writing is strict and stable (sorted keys). Reading is lenient: `body`,
/// `target`, `selector` and `via` may be single values or arrays, a body may be a
/// plain string, a `source` may be an IRI or a resource object with an `id`, and a
/// file may hold one annotation, an array, an `AnnotationPage` or an
/// `AnnotationCollection`.
enum W3C {
    static let context = "http://www.w3.org/ns/anno.jsonld"
    /// The IRI the `dossier:` prefix expands to. A name, not a location: `.invalid`
    /// is reserved (RFC 2606) so that it can never be mistaken for, or collide
    /// with, someone else's vocabulary.
    static let namespace = "https://dossier.invalid/terms#"
    /// The source Dossier wrote before article file URLs (and still writes for an
    /// article it cannot find): `dossier:<collection>/<article>`.
    static let sourceScheme = "dossier:"
    static let statusKey = "dossier:anchorStatus"

    /// The `@context` of a collection: the W3C context plus the definition of the
    /// `dossier:` prefix, so that JSON-LD processors expand `dossier:anchorStatus`,
    /// `dossier:collection` and `dossier:article` instead of dropping them. Nested
    /// contexts add to the enclosing one, so the annotations embedded in the
    /// collection keep the prefix while their own `@context` stays the plain W3C one.
    struct CollectionContext: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(W3C.context)
            try container.encode(["dossier": W3C.namespace])
        }
    }

    /// One `TextualBody`.
    struct Body: Codable, Equatable {
        var type = "TextualBody"
        var value: String
        var format: String?
        var purpose: String?
    }

    /// A `TextQuoteSelector` or `TextPositionSelector` (other selector types are
    /// read and ignored).
    struct Selector: Codable, Equatable {
        var type: String
        var exact: String?
        var prefix: String?
        var suffix: String?
        var start: Int?
        var end: Int?
    }

    /// A `SpecificResource` target: the article's IRI, the selectors, and the
    /// Dossier identity of the article (`dossier:collection`, `dossier:article`),
    /// which survives a move of the Content folder.
    struct Target: Codable, Equatable {
        var source: String
        var collection: String?
        var article: String?
        /// Where the article was taken from, when its front matter says (`url`).
        var via: String?
        var selector: [Selector]

        enum CodingKeys: String, CodingKey {
            case source, via, selector
            case collection = "dossier:collection"
            case article = "dossier:article"
        }

        /// The `id` of a source given as a resource object.
        private enum ResourceKeys: String, CodingKey { case id }

        init(source: String, collection: String? = nil, article: String? = nil, via: String? = nil,
             selector: [Selector]) {
            self.source = source
            self.collection = collection
            self.article = article
            self.via = via
            self.selector = selector
        }

        init(from decoder: any Decoder) throws {
            if let plain = try? decoder.singleValueContainer().decode(String.self) {
                self.init(source: plain, selector: [])
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let source: String
            if let iri = try? container.decode(String.self, forKey: .source) {
                source = iri
            } else {
                let resource = try container.nestedContainer(keyedBy: ResourceKeys.self, forKey: .source)
                source = try resource.decode(String.self, forKey: .id)
            }
            self.init(
                source: source,
                collection: try? container.decode(String.self, forKey: .collection),
                article: try? container.decode(String.self, forKey: .article),
                via: (try? container.decodeOneOrMany(String.self, forKey: .via))?.first,
                selector: try container.decodeOneOrMany(Selector.self, forKey: .selector))
        }
    }

    /// One `Annotation`.
    struct Annotation: Codable, Equatable {
        var context: String? = W3C.context
        var id: String?
        var type = "Annotation"
        var motivation: String?
        var created: String?
        var modified: String?
        var body: [Body]
        var target: [Target]
        var anchorStatus: String?

        enum CodingKeys: String, CodingKey {
            case context = "@context"
            case id, type, motivation, created, modified, body, target
            case anchorStatus = "dossier:anchorStatus"
        }

        init(
            id: String?, motivation: String?, created: String?, modified: String?, body: [Body],
            target: [Target], anchorStatus: String?
        ) {
            self.id = id
            self.motivation = motivation
            self.created = created
            self.modified = modified
            self.body = body
            self.target = target
            self.anchorStatus = anchorStatus
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            context = try? container.decode(String.self, forKey: .context)
            id = try container.decodeIfPresent(String.self, forKey: .id)
            type = (try? container.decode(String.self, forKey: .type)) ?? "Annotation"
            motivation = (try? container.decodeOneOrMany(String.self, forKey: .motivation))?.first
            created = try container.decodeIfPresent(String.self, forKey: .created)
            modified = try container.decodeIfPresent(String.self, forKey: .modified)
            if let plain = try? container.decode(String.self, forKey: .body) {
                body = [Body(value: plain)]
            } else {
                body = try container.decodeOneOrMany(Body.self, forKey: .body)
            }
            target = try container.decodeOneOrMany(Target.self, forKey: .target)
            anchorStatus = try container.decodeIfPresent(String.self, forKey: .anchorStatus)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(context, forKey: .context)
            try container.encodeIfPresent(id, forKey: .id)
            try container.encode(type, forKey: .type)
            try container.encodeIfPresent(motivation, forKey: .motivation)
            try container.encodeIfPresent(created, forKey: .created)
            try container.encodeIfPresent(modified, forKey: .modified)
            if !body.isEmpty { try container.encode(body, forKey: .body) }
            if target.count == 1 { try container.encode(target[0], forKey: .target) } else {
                try container.encode(target, forKey: .target)
            }
            try container.encodeIfPresent(anchorStatus, forKey: .anchorStatus)
        }
    }

    /// An `AnnotationCollection` with its single embedded `AnnotationPage` (none
    /// when the collection is empty: the model asks for a first page only when
    /// there are annotations).
    struct Collection: Encodable {
        struct Page: Encodable {
            var type = "AnnotationPage"
            var startIndex = 0
            var items: [Annotation]
        }

        var context = CollectionContext()
        var id: String
        var type = "AnnotationCollection"
        var label: String
        var total: Int
        var first: Page?

        enum CodingKeys: String, CodingKey {
            case context = "@context"
            case id, type, label, total, first
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a value that JSON-LD allows as one value or an array of them; a
    /// missing key gives an empty array.
    func decodeOneOrMany<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> [T] {
        guard contains(key), !((try? decodeNil(forKey: key)) ?? false) else { return [] }
        if let many = try? decode([T].self, forKey: key) { return many }
        return [try decode(T.self, forKey: key)]
    }
}
