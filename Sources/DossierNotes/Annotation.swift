import DossierCore
import Foundation

/// A highlight, note or question anchored to a passage of an article.
///
/// The target is stored as W3C Web Annotation selectors (quote with context, and
/// position) over the article's plain text. Dates are kept to the millisecond so
/// that they survive storage and export unchanged.
public struct Annotation: Identifiable, Hashable, Sendable, Codable {
    /// Stable identity; exported as `urn:uuid:…`.
    public var id: UUID
    /// The collection the article belongs to.
    public var collection: String
    /// The article id.
    public var article: String
    /// Where the annotation points.
    public var selectors: AnchorSelectors
    /// Highlight, note or question.
    public var kind: AnnotationKind
    /// Markdown text; may contain `[[…]]` links (see ``NoteLinks``).
    public var body: String
    /// Tags, normalised: trimmed, without a leading `#`, unique, sorted.
    public var tags: [String] {
        didSet { tags = Self.normalizedTags(tags) }
    }
    /// When the annotation was made.
    public var created: Date
    /// When the user last changed it (re-anchoring does not count).
    public var modified: Date
    /// How its anchor fitted the text when last resolved.
    public var anchorStatus: AnchorStatus

    /// Creates an annotation. `id` and dates default to new values.
    public init(
        id: UUID = UUID(), collection: String, article: String, selectors: AnchorSelectors,
        kind: AnnotationKind, body: String = "", tags: [String] = [],
        created: Date = Date(), modified: Date? = nil, anchorStatus: AnchorStatus = .exact
    ) {
        self.id = id
        self.collection = collection
        self.article = article
        self.selectors = selectors
        self.kind = kind
        self.body = body
        self.tags = Self.normalizedTags(tags)
        self.created = created.millisecondPrecision
        self.modified = (modified ?? created).millisecondPrecision
        self.anchorStatus = anchorStatus
    }

    /// The quoted passage.
    public var quote: String { selectors.quote.exact }

    /// The title other notes use to link here with `[[title]]`: the first non-blank
    /// line of the body without heading marks, or, for an empty body, the quote —
    /// at most 120 characters.
    public var title: String {
        let line = body.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
        var title = line.map { String($0.drop(while: { $0 == "#" })).trimmingCharacters(in: .whitespaces) } ?? ""
        if title.isEmpty { title = quote.trimmingCharacters(in: .whitespacesAndNewlines) }
        return String(title.prefix(120))
    }

    /// The links written in the body, in order, without repeats.
    public var links: [LinkTarget] { NoteLinks.targets(in: body) }

    /// Normalises a list of tags: trimmed, no leading `#`, no empty, unique, sorted.
    public static func normalizedTags(_ tags: [String]) -> [String] {
        let cleaned = tags.map { tag -> String in
            var tag = tag.trimmingCharacters(in: .whitespacesAndNewlines)
            while tag.hasPrefix("#") { tag.removeFirst() }
            return tag.trimmingCharacters(in: .whitespaces)
        }
        return Array(Set(cleaned.filter { !$0.isEmpty })).sorted()
    }
}

extension Date {
    /// The date rounded to whole milliseconds, the precision stored. Rounding is
    /// done on `Date`'s own representation (seconds since 2001, a whole number of
    /// seconds after 1970) so that it is idempotent and survives format and parse.
    var millisecondPrecision: Date {
        Date(timeIntervalSinceReferenceDate: (timeIntervalSinceReferenceDate * 1000).rounded() / 1000)
    }
}
