/// Presentation flags of an inline run; a run can be both emphasised and strong.
public struct InlineStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let emphasis = InlineStyle(rawValue: 1 << 0)
    public static let strong = InlineStyle(rawValue: 1 << 1)
    public static let link = InlineStyle(rawValue: 1 << 2)
}

/// A stretch of inline content with one style: the leaves of the document tree.
public struct InlineRun: Hashable, Sendable {
    /// What the run is.
    public enum Kind: Hashable, Sendable {
        /// Text as the reader sees it (markup removed, escapes resolved).
        case text
        /// A reference to a footnote definition; contributes nothing to the plain text.
        case footnoteReference(label: String)
    }

    public var kind: Kind
    /// The run's text; empty for a footnote reference.
    public var text: String
    public var style: InlineStyle
    /// The destination when `style` contains `.link`.
    public var destination: String?
    /// Where the run's text lies in the article's plain text (empty for footnote references).
    public var range: TextRange

    init(kind: Kind = .text, text: String, style: InlineStyle = [], destination: String? = nil, range: TextRange) {
        self.kind = kind
        self.text = text
        self.style = style
        self.destination = destination
        self.range = range
    }

    /// The footnote label when this run is a footnote reference.
    public var footnoteLabel: String? {
        if case .footnoteReference(let label) = kind { return label }
        return nil
    }
}
