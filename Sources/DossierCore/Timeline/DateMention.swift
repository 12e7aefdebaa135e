/// A date written in an article's text ("24th April, 1948", "1979-89", "late 1990s"), found by
/// `DateMentionFinder`.
public struct DateMention: Hashable, Sendable {
    /// How finely the text dates what it speaks of (the coarser end, for a range).
    public enum Precision: String, Hashable, Sendable, CaseIterable, Codable {
        case day, month, year, decade, century
    }

    /// Where the date is written, which decides whether an event has to account for it.
    public enum Context: String, Hashable, Sendable, CaseIterable, Codable {
        /// Running text: headings, paragraphs, list items, discursive footnotes. Counted by coverage.
        case text
        /// An author–date citation such as "(Sattar, 2007: 46-50)": the date of a source, not of an event.
        case citation
        /// A bibliographic note or reference list ("accessed May 5, 2013"). Not an event either.
        case reference
    }

    /// The date's text in the article's plain text: from its first to its last word
    /// ("late 1990s", "1979 to 1989"; a leading "the", "from" or "between" is not included).
    public var range: TextRange
    /// The text of `range`.
    public var text: String
    /// What the text means, as an `EventDate` (a century or a qualified decade is a year range;
    /// "early", "mid" and "late" make it approximate).
    public var date: EventDate
    public var precision: Precision
    /// Whether the text names a span ("1979-89", "3-5 July, 1994", "March–April 1954").
    var isRange: Bool
    public var context: Context

    init(range: TextRange, text: String, date: EventDate, precision: Precision, isRange: Bool, context: Context = .text) {
        self.range = range
        self.text = text
        self.date = date
        self.precision = precision
        self.isRange = isRange
        self.context = context
    }
}
