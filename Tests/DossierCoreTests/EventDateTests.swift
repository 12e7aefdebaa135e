import Testing
@testable import DossierCore

/// The `events.yaml` date syntax (Content/README.md, "Dates") and chronological ordering.
@Suite struct EventDateTests {
    func date(_ text: String) -> EventDate? { EventDate(parsing: text) }

    @Test func parsesEveryForm() throws {
        let day = try #require(date("1965-04-05"))
        #expect(day.precision == .day && day.start.day == 5 && day.start.month == 4 && !day.isRange)
        #expect(day.display == "5 April 1965")
        #expect(try #require(date("1948-05")).precision == .month)
        #expect(try #require(date("1971")).precision == .year)
        let decade = try #require(date("1950s"))
        #expect(decade.precision == .decade && decade.earliest == 1950_01_01 && decade.latest == 1959_12_31)
        let range = try #require(date("1979/1989"))
        #expect(range.isRange && range.earliest == 1979_01_01 && range.latest == 1989_12_31 && range.display == "1979–1989")
        let dayRange = try #require(date("1979-12-27/1989-02-15"))
        #expect(dayRange.earliest == 1979_12_27 && dayRange.latest == 1989_02_15 && dayRange.precision == .day)
        let approximate = try #require(date("~1972"))
        #expect(approximate.approximate && approximate.display == "c. 1972" && approximate.description == "~1972")
        #expect(try #require(date("~1992/1995")).description == "~1992/1995")
        #expect(try #require(date(" 2024-02-29 ")).start.day == 29)
    }

    @Test func rejectsInvalidDates() {
        for text in ["", "0", "000", "+532", "-532", "19711", "1965-13", "1965-00", "1965-02-30", "2023-02-29", "1965-4-5", "1955s", "195s",
                     "1989/1979", "1979/", "/1979", "May 1948", "1948-05-01/1948-04", "~", "~~1972", "1/2/3",
                     "1965-04-05-01", "19a5", "0000", "1948-05-01T00:00", "1948–1950"] {
            #expect(date(text) == nil, "\(text) should be invalid")
        }
    }

    /// Late antiquity: a year of one to four digits, written as is, sorted before four-digit years.
    @Test func acceptsYearsOfOneToFourDigits() throws {
        let year = try #require(date("532"))
        #expect(year.precision == .year && year.earliest == 532_01_01 && year.latest == 532_12_31 && year.display == "532")
        let day = try #require(date("532-01-11"))
        #expect(day.precision == .day && day.start.day == 11 && day.display == "11 January 532")
        #expect(try #require(date("~532")).display == "c. 532")
        let range = try #require(date("527/565"))
        #expect(range.isRange && range.display == "527–565")
        #expect(try #require(date("9")).latest == 9_12_31)
        for text in ["532", "532-01-11", "~532", "527/565", "9", "44", "527/1453"] {
            #expect(date(text)?.description == text)
        }
        let sorted = try ["1453", "565", "532-01-11", "44", "527/565", "532"].map { try #require(date($0)) }.sorted().map(\.description)
        #expect(sorted == ["44", "527/565", "532", "532-01-11", "565", "1453"])
        #expect(date("565/527") == nil)
    }

    @Test func canonicalFormRoundTrips() {
        for text in ["1965-04-05", "1948-05", "1971", "1950s", "1979/1989", "1979-12-27/1989-02-15", "~1972", "~1947-08/1953"] {
            #expect(date(text)?.description == text)
        }
    }

    @Test func ordersMixedPrecisionsAndRanges() throws {
        let texts = ["1948-05-02", "1948/1950", "1948-05-01", "~1948", "1947/1953", "1948", "1948-05", "1940s"]
        let sorted = try texts.map { try #require(date($0)) }.sorted().map(\.description)
        // First day covered; at the same first day coarser before finer, shorter spans first, exact before approximate.
        #expect(sorted == ["1940s", "1947/1953", "1948", "~1948", "1948/1950", "1948-05", "1948-05-01", "1948-05-02"])
    }

    @Test func decadeOfAStartYear() throws {
        #expect(try #require(date("1947-08")).decade == 1940)
        #expect(try #require(date("2001/2010")).decade == 2000)
    }
}

/// Centuries in `events.yaml` (`18th century`): precision, order, display and JSON.
@Suite struct EventDateCenturyTests {
    @Test func parsesCenturiesWithTheirEnglishSuffix() throws {
        let century = try #require(EventDate(parsing: "18th century"))
        #expect(century.precision == .century && century.earliest == 1700_01_01 && century.latest == 1799_12_31)
        #expect(century.description == "18th century" && century.display == "18th century" && !century.isSinglePoint)
        #expect(EventDate(parsing: "21st century")?.earliest == 2000_01_01)
        #expect(EventDate(parsing: "~19th century")?.display == "c. 19th century")
        #expect(EventDate(parsing: "17th century/18th century")?.latest == 1799_12_31)
        for text in ["21th century", "18 century", "18th Century", "18thcentury", "th century", "100th century", "0th century"] {
            #expect(EventDate(parsing: text) == nil, "\(text) should be invalid")
        }
        for text in ["1st century", "2nd century", "3rd century", "11th century", "12th century", "22nd century", "~20th century"] {
            #expect(EventDate(parsing: text)?.description == text)
        }
    }

    @Test func aCenturySortsBeforeTheDatesInsideIt() throws {
        let dates = try ["1750", "18th century", "1699", "1700s", "1700", "19th century"].map { try #require(EventDate(parsing: $0)) }
        #expect(dates.sorted().map(\.description) == ["1699", "18th century", "1700s", "1700", "1750", "19th century"])
        #expect(TimelineJSON.DateValue(dates[1]).precision == "century")
    }
}
