/// A date as the timeline knows it: a day, month, year, decade or century, or a range of two
/// such points, possibly approximate. Written as in Content/README.md: `1965-04-05`, `1948-05`,
/// `1971`, `1950s`, `18th century`, `1979/1989`, `~1972`.
public struct EventDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Hashable, Sendable, Comparable, Codable {
        case century, decade, year, month, day

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }

        public var name: String {
            switch self {
            case .century: return "century"
            case .decade: return "decade"
            case .year: return "year"
            case .month: return "month"
            case .day: return "day"
            }
        }
    }

    /// One end of a date: a calendar point at some precision.
    public struct Point: Hashable, Sendable, Comparable {
        public var year: Int
        var month: Int?
        public var day: Int?
        public var precision: Precision

        public init(year: Int, month: Int? = nil, day: Int? = nil, precision: Precision? = nil) {
            self.year = year
            self.month = month
            self.day = day
            self.precision = precision ?? (day != nil ? .day : month != nil ? .month : .year)
        }

        /// The first day the point covers, as a sortable number yyyymmdd.
        public var earliest: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

        /// The last day the point covers, as yyyymmdd.
        public var latest: Int {
            switch precision {
            case .century: return (year + 99) * 10_000 + 1231
            case .decade: return (year + 9) * 10_000 + 1231
            case .year: return year * 10_000 + 1231
            case .month: return year * 10_000 + (month ?? 12) * 100 + 31
            case .day: return earliest
            }
        }

        public static func < (lhs: Point, rhs: Point) -> Bool {
            if lhs.earliest != rhs.earliest { return lhs.earliest < rhs.earliest }
            return lhs.precision < rhs.precision
        }

        var canonical: String {
            switch precision {
            case .century: return centuryName
            case .decade: return "\(year)s"
            case .year: return "\(year)"
            case .month: return "\(year)-\(Self.pad(month ?? 1))"
            case .day: return "\(year)-\(Self.pad(month ?? 1))-\(Self.pad(day ?? 1))"
            }
        }

        /// "5 April 1965", "May 1948", "1971", "1950s", "18th century".
        public var display: String {
            switch precision {
            case .century: return centuryName
            case .decade: return "\(year)s"
            case .year: return "\(year)"
            case .month: return "\(Self.monthNames[(month ?? 1) - 1]) \(year)"
            case .day: return "\(day ?? 1) \(Self.monthNames[(month ?? 1) - 1]) \(year)"
            }
        }

        /// "18th century" for the point whose year is 1700 (the nth century is the years (n-1)00–(n-1)99).
        var centuryName: String {
            let number = year / 100 + 1
            return "\(number)\(Self.ordinalSuffix(number)) century"
        }

        /// "st", "nd", "rd" or "th" as English writes it after `number` (1st, 12th, 22nd).
        static func ordinalSuffix(_ number: Int) -> String {
            if (11...13).contains(number % 100) { return "th" }
            switch number % 10 {
            case 1: return "st"
            case 2: return "nd"
            case 3: return "rd"
            default: return "th"
            }
        }

        static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]

        static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

        static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }

        /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (the year has one to four digits: `532`, `532-01-11`),
        /// `YYY0s` or `Nth century`.
        init?(parsing text: Substring) {
            if text.hasSuffix(" century") {
                let ordinal = text.dropLast(" century".count)
                let digits = ordinal.prefix { $0.isASCII && $0.isNumber }
                guard (1...2).contains(digits.count), let number = Int(digits), number >= 1,
                      ordinal.dropFirst(digits.count) == Self.ordinalSuffix(number) else { return nil }
                self.init(year: (number - 1) * 100, precision: .century)
                return
            }
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 1, text.hasSuffix("s") {
                let digits = text.dropLast()
                guard digits.count == 4, let year = Int(digits), year % 10 == 0 else { return nil }
                self.init(year: year, precision: .decade)
                return
            }
            guard (1...3).contains(parts.count), (1...4).contains(parts[0].count),
                  parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(parts[0]), year > 0,
                  parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }) else { return nil }
            var month: Int?
            var day: Int?
            if parts.count >= 2 {
                guard let value = Int(parts[1]), (1...12).contains(value) else { return nil }
                month = value
            }
            if parts.count == 3, let month {
                guard let value = Int(parts[2]), (1...Self.daysIn(month: month, year: year)).contains(value) else { return nil }
                day = value
            }
            self.init(year: year, month: month, day: day)
        }
    }

    public var start: Point
    /// The end of a range; nil for a single point.
    public var end: Point?
    public var approximate: Bool

    public init(start: Point, end: Point? = nil, approximate: Bool = false) {
        self.start = start
        self.end = end
        self.approximate = approximate
    }

    /// Parses the Content/README.md date syntax; nil when invalid (including a range that ends before it starts).
    public init?(parsing text: String) {
        var body = Substring(text.trimmingSpaces)
        var approximate = false
        if body.hasPrefix("~") {
            approximate = true
            body = body.dropFirst()
        }
        let ends = body.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(ends.count), let start = Point(parsing: ends[0]) else { return nil }
        var end: Point?
        if ends.count == 2 {
            guard let parsed = Point(parsing: ends[1]), parsed.latest >= start.earliest else { return nil }
            end = parsed
        }
        self.init(start: start, end: end, approximate: approximate)
    }

    public var isSinglePoint: Bool { end == nil && !approximate && start.precision > .decade }

    /// The coarsest precision of the two ends ("range" is reported separately by `isRange`).
    public var precision: Precision { min(start.precision, end?.precision ?? start.precision) }
    var isRange: Bool { end != nil }

    /// The first and last day covered, as yyyymmdd numbers.
    public var earliest: Int { start.earliest }
    public var latest: Int { (end ?? start).latest }

    /// The canonical written form (`~1979/1989`).
    public var description: String {
        (approximate ? "~" : "") + start.canonical + (end.map { "/" + $0.canonical } ?? "")
    }

    /// How a reader sees it: "c. 1972", "5 April 1965", "1979–1989".
    public var display: String {
        (approximate ? "c. " : "") + start.display + (end.map { "–" + $0.display } ?? "")
    }

    /// The decade of the start (1940 for 1947), for density strips and grouping.
    public var decade: Int { start.year - ((start.year % 10) + 10) % 10 }

    /// Chronological order: by first day covered, then coarser before finer, then shorter ranges first.
    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.latest != rhs.latest { return lhs.latest < rhs.latest }
        return !lhs.approximate && rhs.approximate
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars = scalars.dropFirst() }
        while scalars.last?.isWhitespace == true { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
