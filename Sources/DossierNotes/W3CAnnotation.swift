import DossierCore
import Foundation

/// The W3C Web Annotation Data Model (JSON-LD, `http://www.w3.org/ns/anno.jsonld`)
/// as Dossier writes and reads it — the model Hypothesis and other annotation
/// tools use.
///
/// Writing is strict and stable (sorted keys). Reading is lenient: `body`,
/// `target` and `selector` may be single values or arrays, a body may be a plain
/// string, and a file may hold one annotation, an array, an `AnnotationPage` or
/// an `AnnotationCollection`.
enum W3C {
    static let context = "http://www.w3.org/ns/anno.jsonld"
    static let sourceScheme = "dossier:"
    static let statusKey = "dossier:anchorStatus"

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

    /// A `SpecificResource` target.
    struct Target: Codable, Equatable {
        var source: String
        var selector: [Selector]

        init(source: String, selector: [Selector]) {
            self.source = source
            self.selector = selector
        }

        init(from decoder: any Decoder) throws {
            if let plain = try? decoder.singleValueContainer().decode(String.self) {
                self.init(source: plain, selector: [])
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                source: try container.decode(String.self, forKey: .source),
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

    /// An `AnnotationCollection` with its single `AnnotationPage`.
    struct Collection: Encodable {
        struct Page: Encodable {
            var type = "AnnotationPage"
            var startIndex = 0
            var items: [Annotation]
        }

        var context = W3C.context
        var type = "AnnotationCollection"
        var label: String
        var total: Int
        var first: Page

        enum CodingKeys: String, CodingKey {
            case context = "@context"
            case type, label, total, first
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
