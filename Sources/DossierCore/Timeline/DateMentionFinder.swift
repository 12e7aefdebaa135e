/// Finds the dates an article's text contains, with their plain-text ranges and precision.
///
/// ## What is a date
///
/// A *year* is a four-digit number from 1600 to 2099 (`plausibleYears`) standing on its own.
/// Around it the finder reads:
///
/// | text | precision |
/// |---|---|
/// | `1948`, `pre-1947`, `post-2014` (the prefix is not part of the range) | year |
/// | `early 2002`, `mid-1800`, `late 1971` (a third of the year's months, approximate) | year |
/// | `May 1948`, `May, 1948`, `May of 1948`, `Feb. 2003`, `March-April 1954`, `March–April 1954` | month |
/// | `1st May 1948`, `24th April, 1948`, `5 April 1965`, `1st of May 1948`, `3-5 July, 1994`, `9-10 December 2021` | day |
/// | `April 5, 1965`, `June 02, 2014`, `April 5 1965`, `1965-04-05` | day |
/// | `1950s`, `1950's`, `the 1950s` (without "the"), `late 1990s`, `early 2000s`, `mid-1960s` | decade |
/// | `1800s`, `mid-1800s`, `21st century`, `twentieth century`, `early 20th century` | century |
///
/// A year before 1600 is read only where the text marks it as a year: an era (`532 AD`, `AD 532`,
/// `A.D. 505`, `532 CE`; one to four digits), or, for three or four digits, one of "in", "by",
/// "until", "till", "from", "since", "during", "after", "before", "circa", "around", "between" or
/// "c." before it (`in 532`, `from 527 to 565`), a month before it (`January 532`, `Nov. 14, 565`),
/// or the other end of a range (`from A.D. 532-537`); a range whose first end is bare is a date
/// only when an era follows it (`527–565 AD`). A quantity word after it always wins ("in 300
/// ships"). Years before the Common Era (`44 BC`, `300 BCE`) are never read: `EventDate` has no
/// year below 1.
///
/// `X00s` before 2000 (`1600s` … `1900s`) is read as a century, as English mostly uses it
/// ("the early 1800s"); `2000s` and every other `XXX0s` is a decade. The *n*th century is the
/// years `(n-1)00`–`(n-1)99` (the 21st century is 2000–2099). "early", "mid"/"middle" and
/// "late" narrow a decade or century to its first, middle or last third and make it approximate.
///
/// Two dates joined by `-`, `–`, `—`, `to`, `till`, `until` or `through` form a *range* when the
/// second ends later: `1979-1989`, `1979–1989`, `1979 to 1989`, `from 1979 to 1989`, `1973 till 1979`,
/// `December 1979 to February 1989`; so do `between A and B`, and a year with a two-digit end
/// written without spaces (`1979-89`, `1922-27`; the end must be later within the same century).
/// The range runs from the first date's first word to the second's last word; a leading "from",
/// "between" or "the" is not part of it.
///
/// ## What is not
///
/// - Numbers outside 1600–2099 not marked as above, and numbers of other lengths: "in 38 years", "2,500 troops",
///   "46-50", footnote numbers (which the plain text does not even contain).
/// - A year followed by a quantity word ("1600 km", "2000 troops", "1500 million") unless a
///   temporal preposition precedes it ("in 1971 troops moved"), a year preceded by
///   a currency ("$1999", "Rs 2000") or a page/number word ("p. 1948", "no. 1965"), or glued to
///   letters or other numbers ("Su-2000", "A1948", "1948.5", "1,948", "9/11", "2011/03/13", "1971%").
/// - Anything inside a URL (`http://…`, `https://…`, `www.…`).
/// - A day and month without a year ("9 February"): nothing says which year; "9/11" is read as a name.
///
/// ## Context
///
/// Every mention carries a `DateMention.Context`. In running text it is `.text`. An author–date
/// citation in parentheses — every part of it "Name, YEAR", optionally followed by ": pages" or
/// ", Month Day", where the name is a single capitalised word or there is such a tail
/// ("(Sattar, 2007: 46-50)", "(Haq, 2007, June 30)", "(Dawn, 2011, November 28)") — yields one
/// `.citation` mention per part; its page numbers are skipped. In a `Document`, the blocks of a
/// reference section ("References", "Bibliography", "End Notes", "Notes", "Works Cited",
/// "Sources") and footnotes that cite (a link, an emphasised title, a quoted title, "Ibid",
/// "accessed") give `.reference` mentions. Only `.text` mentions count for `dossier check --coverage`.
public enum DateMentionFinder {
    /// The years a four-digit number has to lie in to be read as a year.
    static let plausibleYears = 1600...2099

    /// The dates in `text`, read as one stretch of running text; ranges are offsets into `text`.
    public static func mentions(in text: String) -> [DateMention] {
        let scalars = Array(text.unicodeScalars)
        return mentions(in: scalars, bounds: 0..<scalars.count, context: .text)
    }

    /// The dates in every block of `document`, in text order; ranges are offsets into its plain text.
    public static func mentions(in document: Document) -> [DateMention] {
        let scalars = document.plainText.scalars
        var result: [DateMention] = []
        for block in document.blocks {
            let context = ReferenceBlocks.isReference(block, in: document) ? DateMention.Context.reference : .text
            let start = max(0, block.range.start)
            let end = min(scalars.count, block.range.end)
            guard start < end else { continue }
            result += mentions(in: scalars, bounds: start..<end, context: context)
        }
        return result
    }

    /// The dates in `scalars[bounds]`.
    static func mentions(in scalars: [Unicode.Scalar], bounds: Range<Int>, context: DateMention.Context) -> [DateMention] {
        let grammar = DateGrammar(tokens: DateTokenizer.tokens(scalars, in: bounds))
        var result: [DateMention] = []
        func emit(_ parsed: DateGrammar.Parsed, _ context: DateMention.Context) {
            let range = TextRange(start: grammar.tokens[parsed.first].start, end: grammar.tokens[parsed.last].end)
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[range.start..<range.end])
            result.append(DateMention(range: range, text: String(text), date: parsed.date, precision: parsed.precision,
                                      isRange: parsed.isRange, context: context))
        }
        var index = 0
        while index < grammar.tokens.count {
            if let citation = CitationMatcher.match(grammar, at: index) {
                for part in citation.parts { emit(part, context == .text ? .citation : context) }
                index = citation.closingToken + 1
            } else if let parsed = grammar.dateOrRange(at: index) {
                emit(parsed, context)
                index = parsed.last + 1
            } else {
                index += 1
            }
        }
        return result
    }
}
