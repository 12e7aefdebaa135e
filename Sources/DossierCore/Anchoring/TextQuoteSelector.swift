/// A W3C Web Annotation `TextQuoteSelector`: the passage itself (`exact`) with a
/// little of the text just before (`prefix`) and just after (`suffix`) it.
///
/// All three strings are taken from an article's *plain text* (see
/// `Content/README.md`, "Plain text and offsets"). The context lets an anchor tell
/// two occurrences of the same words apart and find its passage again after the
/// article has been edited.
public struct TextQuoteSelector: Hashable, Sendable, Codable {
    /// The selected passage, exactly as it appears in the plain text.
    public var exact: String
    /// Up to ``Anchor/contextLength`` Unicode scalars immediately before `exact`.
    public var prefix: String
    /// Up to ``Anchor/contextLength`` Unicode scalars immediately after `exact`.
    public var suffix: String

    /// Creates a quote selector.
    public init(exact: String, prefix: String = "", suffix: String = "") {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}
