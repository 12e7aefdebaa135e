/// The grammar of written dates over `DateToken`s; the rules are documented on `DateMentionFinder`.
struct DateGrammar {
    /// A date read from tokens `first...last`.
    struct Parsed: Hashable {
        var first: Int
        var last: Int
        var date: EventDate
        var precision: DateMention.Precision
        var isRange: Bool
    }

    let tokens: [DateToken]

    // MARK: Vocabulary

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}"]
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}"]
    static let rangeWords: Set<String> = ["to", "till", "until", "through"]
    static let qualifiers: [String: Qualifier] = ["early": .early, "mid": .mid, "middle": .mid, "late": .late]
    /// Prefixes that may be joined to a year by a hyphen ("pre-1947").
    static let yearPrefixes: Set<String> = ["pre", "post", "mid", "early", "late", "circa", "c"]
    static let centuryWords: [String: Int] = [
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]
    /// Words after a number that make it a quantity.
    static let quantityWords: Set<String> = [
        "million", "millions", "billion", "billions", "trillion", "thousand", "thousands", "hundred", "hundreds",
        "crore", "crores", "lakh", "lakhs", "troops", "soldiers", "men", "women", "people", "persons", "personnel",
        "officers", "students", "members", "workers", "engineers", "experts", "specialists", "refugees",
        "casualties", "deaths", "dead", "killed", "injured", "km", "kms", "kilometres", "kilometers", "kilometre",
        "kilometer", "miles", "mile", "metres", "meters", "feet", "ft", "mw", "megawatts", "megawatt", "kw", "gw",
        "tons", "tonnes", "ton", "tonne", "mt", "barrels", "dollars", "rupees", "roubles", "rubles", "acres",
        "hectares", "units", "pages", "tanks", "aircraft", "aircrafts", "jets", "helicopters", "vehicles",
        "guns", "rifles", "items", "copies", "percent", "per", "sq", "square", "cubic", "bcm", "mmcfd",
        "ships", "vessels", "boats", "horses", "horsemen", "years", "months", "weeks", "days", "hours", "minutes",
    ]
    /// Words that make a number before them a year of the Common Era, however small ("532 AD").
    static let eraWords: Set<String> = ["ad", "ce"]
    /// Words after a number that make it a year before the Common Era, which `EventDate` cannot store.
    static let beforeEraWords: Set<String> = ["bc", "bce"]
    /// Words that make the three- or four-digit number after them a year before `plausibleYears`
    /// ("in 532", "until 559"). Fewer than `temporalPrepositions`: "of 500" is mostly an amount.
    static let earlyYearPrepositions: Set<String> = [
        "in", "since", "by", "during", "until", "till", "from", "after", "before", "circa", "around", "between",
    ]
    /// Words that make the number after them a year even before a quantity word ("in 1971 troops moved").
    static let temporalPrepositions: Set<String> = [
        "in", "since", "by", "during", "until", "till", "from", "after", "before", "of", "year", "circa", "around",
    ]
    /// Words before a number that make it an amount or a page, issue or item number.
    static let numberWords: Set<String> = [
        "rs", "pkr", "usd", "inr", "rub", "p", "pp", "page", "pages", "no", "nos", "vol", "volume", "issue",
        "number", "para", "paragraph", "chapter", "fig", "figure", "table", "item", "resolution",
    ]
    static let currencySymbols: Set<Unicode.Scalar> = ["$", "\u{00A3}", "\u{20AC}", "\u{00A5}", "\u{20B9}"]

    enum Qualifier {
        case early, mid, late

        /// The third of `first...last` the qualifier names.
        func narrow(_ first: Int, _ last: Int) -> (Int, Int) {
            let third = (last - first + 1) / 3
            switch self {
            case .early: return (first, first + third - 1)
            case .mid: return (first + third, last - third)
            case .late: return (last - third + 1, last)
            }
        }
    }

    // MARK: Token access

    func token(_ index: Int) -> DateToken? { tokens.indices.contains(index) ? tokens[index] : nil }

    /// The token at `index` when it follows the previous one without a space.
    func glued(_ index: Int) -> DateToken? {
        guard let token = token(index), !token.spaced else { return nil }
        return token
    }

    func isDash(_ index: Int) -> Bool { token(index)?.isSymbol(Self.dashes) ?? false }

    func month(at index: Int) -> Int? {
        guard let token = token(index), token.isCapitalized, let word = token.word else { return nil }
        return Self.months[word]
    }

    /// After a month word: skips an abbreviation's full stop. Returns the next index.
    func afterMonth(_ index: Int) -> Int {
        if let word = token(index)?.word, word.count <= 4, glued(index + 1)?.symbol == "." { return index + 2 }
        return index + 1
    }

    /// A day number (1–31, one or two digits) with an optional glued ordinal suffix: (day, next index).
    func day(at index: Int) -> (Int, Int)? {
        guard let token = token(index), let value = token.number, token.digits <= 2, (1...31).contains(value) else { return nil }
        if let suffix = glued(index + 1), suffix.isWord(Self.ordinalSuffixes) { return (value, index + 2) }
        if let next = glued(index + 1), next.word != nil { return nil }
        return (value, index + 1)
    }

    // MARK: Years

    /// Whether the token at `index` is a year: four digits in the plausible range, not part of
    /// an amount, a page number, a path or a longer number. `checkLeft` is false where the
    /// grammar already knows what precedes (a month, a range dash).
    func isYear(at index: Int, checkLeft: Bool = true) -> Bool {
        guard let token = token(index), let value = token.number else { return false }
        let plausible = token.digits == 4 && DateMentionFinder.plausibleYears.contains(value)
        guard plausible || isMarkedEarlyYear(at: index, checkLeft: checkLeft) else { return false }
        if let next = self.token(index + 1), next.spaced, next.isWord(Self.beforeEraWords) { return false }
        if let next = glued(index + 1) {
            if next.word != nil { return false }
            if next.isSymbol(["%", "/"]) { return false }
            if next.isSymbol([",", ".", ":"]), glued(index + 2)?.number != nil { return false }
        }
        if let next = self.token(index + 1), next.spaced, next.isWord(Self.quantityWords),
           !(index > 0 && tokens[index - 1].isWord(Self.temporalPrepositions)) { return false }
        guard checkLeft, index > 0 else { return true }
        let previous = tokens[index - 1]
        if previous.isSymbol(Self.currencySymbols) { return false }
        if !token.spaced {
            if previous.word != nil || previous.number != nil { return false }
            if Self.dashes.contains(previous.symbol ?? " ") {
                return !previous.spaced && index >= 2 && tokens[index - 2].isWord(Self.yearPrefixes)
            }
            if previous.isSymbol(["/", "#", ".", ":", ",", "+", "@", "=", "\\", "_"]) { return false }
        }
        var wordIndex = index - 1
        if tokens[wordIndex].symbol == ".", wordIndex > 0 { wordIndex -= 1 }
        if tokens[wordIndex].isWord(Self.numberWords) { return false }
        return true
    }

    /// Whether the number at `index`, below `plausibleYears`, is marked as a year by the text:
    /// an era ("532 AD", "AD 532", "A.D. 505", "532 CE", "527–565 AD"; one to four digits) or,
    /// for three or four digits, an `earlyYearPrepositions` word or "c." before it, or a month
    /// or range before it (`checkLeft` false) — and no quantity word after it ("in 300 ships").
    func isMarkedEarlyYear(at index: Int, checkLeft: Bool) -> Bool {
        guard let token = token(index), let value = token.number, token.digits <= 4,
              (1..<DateMentionFinder.plausibleYears.lowerBound).contains(value) else { return false }
        if isEra(at: index + 1) || isEraBefore(index) { return true }
        if isDash(index + 1), glued(index + 1) != nil, glued(index + 2)?.number != nil, isEra(at: index + 3) { return true }
        guard token.digits >= 3 else { return false }
        if let next = self.token(index + 1), next.spaced, next.isWord(Self.quantityWords) { return false }
        guard checkLeft else { return true }
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        if previous.isWord(Self.earlyYearPrepositions) { return true }
        return previous.symbol == "." && index >= 2 && tokens[index - 2].isWord(["c", "ca"])
    }

    /// Whether an era word starts at `index`, spaced from the number before: "AD", "CE", "A.D.", "C.E.".
    func isEra(at index: Int) -> Bool {
        guard let first = token(index), first.spaced, first.isCapitalized, let word = first.word else { return false }
        if Self.eraWords.contains(word) { return true }
        guard word.count == 1, glued(index + 1)?.symbol == ".", let second = glued(index + 2)?.word else { return false }
        return Self.eraWords.contains(word + second)
    }

    /// Whether "AD" or "A.D." stands just before the number at `index`.
    func isEraBefore(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        if tokens[index - 1].isCapitalized, tokens[index - 1].word == "ad" { return true }
        guard index >= 4, tokens[index - 1].symbol == ".", tokens[index - 2].word == "d",
              tokens[index - 3].symbol == ".", tokens[index - 4].word == "a", tokens[index - 4].isCapitalized else { return false }
        return true
    }

    // MARK: Points

    /// The date starting at `index`, without range joining.
    func point(at index: Int, checkLeft: Bool = true) -> Parsed? {
        guard let token = token(index) else { return nil }
        switch token.kind {
        case .word(let word, _):
            if let qualifier = Self.qualifiers[word] { return qualified(qualifier, at: index) }
            if let parsed = century(at: index) { return parsed }
            return monthFirst(at: index)
        case .number:
            if let parsed = century(at: index) { return parsed }
            if let parsed = dayFirst(at: index, checkLeft: checkLeft) { return parsed }
            if let parsed = decade(at: index, checkLeft: checkLeft) { return parsed }
            if let parsed = isoDate(at: index, checkLeft: checkLeft) { return parsed }
            if isYear(at: index, checkLeft: checkLeft), let value = token.number {
                return Parsed(first: index, last: index, date: EventDate(start: .init(year: value)), precision: .year, isRange: false)
            }
            return nil
        case .symbol, .barrier:
            return nil
        }
    }

    /// "1st May 1948", "24th April, 1948", "5 April 1965", "1st of May 1948", "3-5 July, 1994".
    func dayFirst(at index: Int, checkLeft: Bool) -> Parsed? {
        if checkLeft, index > 0, !tokens[index].spaced {
            let previous = tokens[index - 1]
            if previous.word != nil || previous.isSymbol(["/", ".", ":", ","]) { return nil }
        }
        guard let (firstDay, afterFirst) = day(at: index) else { return nil }
        var cursor = afterFirst
        var lastDay: Int?
        if isDash(cursor), let (value, afterSecond) = day(at: cursor + 1), value > firstDay {
            lastDay = value
            cursor = afterSecond
        }
        if token(cursor)?.word == "of" { cursor += 1 }
        guard let month = month(at: cursor) else { return nil }
        cursor = afterMonth(cursor)
        if token(cursor)?.symbol == "," { cursor += 1 }
        guard isYear(at: cursor, checkLeft: false), let year = tokens[cursor].number,
              let start = Self.day(firstDay, month, year) else { return nil }
        if let lastDay {
            guard let end = Self.day(lastDay, month, year) else { return nil }
            return Parsed(first: index, last: cursor, date: EventDate(start: start, end: end), precision: .day, isRange: true)
        }
        return Parsed(first: index, last: cursor, date: EventDate(start: start), precision: .day, isRange: false)
    }

    /// "May 1948", "May, 1948", "April 5, 1965", "June 02, 2014", "March-April 1954", "July 3-5, 1994".
    func monthFirst(at index: Int) -> Parsed? {
        guard let month = month(at: index) else { return nil }
        var cursor = afterMonth(index)
        // March-April 1954, March to April 1954
        if isDash(cursor) || token(cursor)?.word == "to", let second = self.month(at: cursor + 1), second > month {
            var yearIndex = afterMonth(cursor + 1)
            if token(yearIndex)?.symbol == "," { yearIndex += 1 }
            if isYear(at: yearIndex, checkLeft: false), let year = tokens[yearIndex].number {
                return Parsed(first: index, last: yearIndex,
                              date: EventDate(start: .init(year: year, month: month), end: .init(year: year, month: second)),
                              precision: .month, isRange: true)
            }
        }
        // April 5, 1965 / July 3-5, 1994
        if let (firstDay, afterDay) = day(at: cursor) {
            var dayCursor = afterDay
            var lastDay: Int?
            if isDash(dayCursor), let (value, afterSecond) = day(at: dayCursor + 1), value > firstDay {
                lastDay = value
                dayCursor = afterSecond
            }
            if token(dayCursor)?.symbol == "," { dayCursor += 1 }
            if isYear(at: dayCursor, checkLeft: false), let year = tokens[dayCursor].number,
               let start = Self.day(firstDay, month, year) {
                if let lastDay, let end = Self.day(lastDay, month, year) {
                    return Parsed(first: index, last: dayCursor, date: EventDate(start: start, end: end), precision: .day, isRange: true)
                }
                if lastDay == nil {
                    return Parsed(first: index, last: dayCursor, date: EventDate(start: start), precision: .day, isRange: false)
                }
            }
        }
        // May 1948, May, 1948, May of 1948
        if token(cursor)?.symbol == "," || token(cursor)?.word == "of" { cursor += 1 }
        guard isYear(at: cursor, checkLeft: false), let year = tokens[cursor].number else { return nil }
        return Parsed(first: index, last: cursor, date: EventDate(start: .init(year: year, month: month)),
                      precision: .month, isRange: false)
    }

    /// "1950s", "1950's"; "1800s" is a century (see `DateMentionFinder`).
    func decade(at index: Int, checkLeft: Bool) -> Parsed? {
        guard let token = token(index), token.digits == 4, let value = token.number, value % 10 == 0,
              DateMentionFinder.plausibleYears.contains(value) else { return nil }
        var last = index + 1
        if let apostrophe = glued(last), apostrophe.isSymbol(Self.apostrophes) { last += 1 }
        guard let suffix = glued(last), suffix.word == "s" else { return nil }
        if let after = glued(last + 1), after.word != nil || after.number != nil { return nil }
        if checkLeft, index > 0, !token.spaced {
            let previous = tokens[index - 1]
            if previous.word != nil || previous.isSymbol(["/", ".", ":", "$"]) { return nil }
            if Self.dashes.contains(previous.symbol ?? " ") {
                guard index >= 2, !previous.spaced, tokens[index - 2].isWord(Self.yearPrefixes) else { return nil }
            }
        }
        if value % 100 == 0 && value < 2000 {
            return Parsed(first: index, last: last, date: Self.years(value, value + 99), precision: .century, isRange: false)
        }
        return Parsed(first: index, last: last, date: EventDate(start: .init(year: value, precision: .decade)),
                      precision: .decade, isRange: false)
    }

    /// "21st century", "twentieth century", "twenty-first century".
    func century(at index: Int) -> Parsed? {
        guard let token = token(index) else { return nil }
        var ordinal: Int?
        var cursor = index + 1
        if let value = token.number, token.digits <= 2, let suffix = glued(index + 1), suffix.isWord(Self.ordinalSuffixes) {
            ordinal = value
            cursor = index + 2
        } else if let word = token.word {
            if let value = Self.centuryWords[word] {
                ordinal = value
            } else if word == "twenty", isDash(index + 1), glued(index + 1) != nil, glued(index + 2)?.word == "first" {
                ordinal = 21
                cursor = index + 3
            }
        }
        guard let ordinal, self.token(cursor)?.word == "century" else { return nil }
        let first = (ordinal - 1) * 100
        guard DateMentionFinder.plausibleYears.contains(first) else { return nil }
        return Parsed(first: index, last: cursor, date: Self.years(first, first + 99), precision: .century, isRange: false)
    }

    /// "late 1990s", "mid-1800s", "early 20th century": the decade or century narrowed to a third;
    /// "early 2002": the year's first third of months.
    func qualified(_ qualifier: Qualifier, at index: Int) -> Parsed? {
        var cursor = index + 1
        if isDash(cursor), glued(cursor) != nil, glued(cursor + 1) != nil { cursor += 1 }
        if decade(at: cursor, checkLeft: false) == nil, isYear(at: cursor, checkLeft: false), let year = tokens[cursor].number {
            let (from, to) = qualifier.narrow(1, 12)
            return Parsed(first: index, last: cursor,
                          date: EventDate(start: .init(year: year, month: from), end: .init(year: year, month: to), approximate: true),
                          precision: .year, isRange: false)
        }
        guard let inner = century(at: cursor) ?? decade(at: cursor, checkLeft: false) else { return nil }
        let first = inner.date.start.year
        let last = inner.date.end?.year ?? (first + 9)
        let (from, to) = qualifier.narrow(first, last)
        var date = Self.years(from, to)
        date.approximate = true
        return Parsed(first: index, last: inner.last, date: date, precision: inner.precision, isRange: false)
    }

    /// "1965-04-05".
    func isoDate(at index: Int, checkLeft: Bool) -> Parsed? {
        guard isYear(at: index, checkLeft: checkLeft), let year = tokens[index].number,
              let dash = glued(index + 1), Self.dashes.contains(dash.symbol ?? " "),
              let monthToken = glued(index + 2), monthToken.digits == 2, let month = monthToken.number,
              let secondDash = glued(index + 3), Self.dashes.contains(secondDash.symbol ?? " "),
              let dayToken = glued(index + 4), dayToken.digits == 2, let day = dayToken.number,
              glued(index + 5)?.number == nil, let point = Self.day(day, month, year) else { return nil }
        return Parsed(first: index, last: index + 4, date: EventDate(start: point), precision: .day, isRange: false)
    }

    // MARK: Ranges

    /// The date at `index`, joined with a following date into a range where the text says so.
    func dateOrRange(at index: Int) -> Parsed? {
        guard let first = point(at: index) else { return nil }
        let next = first.last + 1
        // 1979-89
        if first.precision == .year, !first.isRange, first.first == first.last, let year = tokens[first.last].number,
           let dash = glued(next), Self.dashes.contains(dash.symbol ?? " "),
           let end = glued(next + 1), end.digits == 2, let twoDigits = end.number,
           glued(next + 2).map({ $0.number == nil && $0.word == nil && !Self.dashes.contains($0.symbol ?? " ") }) ?? true {
            let endYear = year - year % 100 + twoDigits
            if endYear > year {
                return Parsed(first: first.first, last: next + 1, date: Self.years(year, endYear), precision: .year, isRange: true)
            }
            return first
        }
        let betweenBefore = index > 0 && tokens[index - 1].word == "between"
        guard let connector = token(next),
              connector.isSymbol(Self.dashes) || connector.isWord(Self.rangeWords) || (betweenBefore && connector.word == "and"),
              let second = point(at: next + 1, checkLeft: false),
              second.date.latest > first.date.latest, second.date.earliest >= first.date.earliest else { return first }
        let date = EventDate(start: first.date.start, end: second.date.end ?? second.date.start,
                             approximate: first.date.approximate || second.date.approximate)
        let precision = [first.precision, second.precision].max { Self.rank($0) < Self.rank($1) } ?? first.precision
        return Parsed(first: first.first, last: second.last, date: date, precision: precision, isRange: true)
    }

    // MARK: Helpers

    /// Coarser precisions rank higher.
    static func rank(_ precision: DateMention.Precision) -> Int {
        switch precision {
        case .day: return 0
        case .month: return 1
        case .year: return 2
        case .decade: return 3
        case .century: return 4
        }
    }

    static func day(_ day: Int, _ month: Int, _ year: Int) -> EventDate.Point? {
        guard (1...12).contains(month), day >= 1, day <= EventDate.Point.daysIn(month: month, year: year) else { return nil }
        return EventDate.Point(year: year, month: month, day: day)
    }

    static func years(_ first: Int, _ last: Int) -> EventDate {
        first == last ? EventDate(start: .init(year: first)) : EventDate(start: .init(year: first), end: .init(year: last))
    }
}
