import Testing
@testable import DossierCore

/// The date-mention finder: every written form, the things that are not dates, and real
/// sentences from each of the five articles.
@Suite struct DateMentionFinderTests {
    /// (text, canonical date, precision) of every mention.
    func found(_ text: String) -> [String] {
        DateMentionFinder.mentions(in: text).map { "\($0.text)=\($0.date)/\($0.precision.rawValue)" }
    }

    func texts(_ text: String) -> [String] { DateMentionFinder.mentions(in: text).map(\.text) }

    // MARK: Forms

    @Test func yearsMonthsAndDays() {
        #expect(found("relations in 1948 were") == ["1948=1948/year"])
        #expect(found("in May 1948.") == ["May 1948=1948-05/month"])
        #expect(found("on 1st May 1948.") == ["1st May 1948=1948-05-01/day"])
        #expect(found("on 24th April, 1948.") == ["24th April, 1948=1948-04-24/day"])
        #expect(found("on April 5, 1965.") == ["April 5, 1965=1965-04-05/day"])
        #expect(found("on 5 April 1965.") == ["5 April 1965=1965-04-05/day"])
        #expect(found("On June 02, 2014, Russia") == ["June 02, 2014=2014-06-02/day"])
        #expect(found("the 1st of May 1948") == ["1st of May 1948=1948-05-01/day"])
        #expect(found("(February, 2003)") == ["February, 2003=2003-02/month"])
        #expect(found("in Feb. 2003 and Sept 2004") == ["Feb. 2003=2003-02/month", "Sept 2004=2004-09/month"])
        #expect(found("dated 1965-04-05 in the file") == ["1965-04-05=1965-04-05/day"])
    }

    @Test func ranges() {
        #expect(found("the war (1979-89) was") == ["1979-89=1979/1989/year"])
        #expect(found("from 1979–1989") == ["1979–1989=1979/1989/year"])
        #expect(found("from 1979 to 1989 when") == ["1979 to 1989=1979/1989/year"])
        #expect(found("increased between 1966 and 1971.") == ["1966 and 1971=1966/1971/year"])
        #expect(found("During the 1973 till 1979, ties") == ["1973 till 1979=1973/1979/year"])
        #expect(found("In March–April 1954, a delegation") == ["March–April 1954=1954-03/1954-04/month"])
        #expect(found("visited Moscow from 3-5 July, 1994.") == ["3-5 July, 1994=1994-07-03/1994-07-05/day"])
        #expect(found("December 1979 to February 1989") == ["December 1979 to February 1989=1979-12/1989-02/month"])
        #expect(found("From 1922-27, people") == ["1922-27=1922/1927/year"])
        // A two-digit end that is not later is no range; "in 1954 and 1955" is two years.
        #expect(found("in 1998-02 and") == ["1998=1998/year"])
        #expect(found("in 1954 and 1955 Pakistan") == ["1954=1954/year", "1955=1955/year"])
    }

    @Test func decadesCenturiesAndQualifiers() {
        #expect(found("in the 1950s") == ["1950s=1950s/decade"])
        #expect(found("in the 1950's") == ["1950's=1950s/decade"])
        #expect(found("the late 1990s") == ["late 1990s=~1997/1999/decade"])
        #expect(found("The early 1990s could") == ["early 1990s=~1990/1992/decade"])
        #expect(found("in the mid-1960s") == ["mid-1960s=~1963/1966/decade"])
        #expect(found("in the 1800s") == ["1800s=1800/1899/century"])
        #expect(found("in the mid-1800s") == ["mid-1800s=~1833/1866/century"])
        #expect(found("the dawn of 21st century") == ["21st century=2000/2099/century"])
        #expect(found("the twentieth century") == ["twentieth century=1900/1999/century"])
        #expect(found("the twenty-first century") == ["twenty-first century=2000/2099/century"])
        #expect(found("the 2000s") == ["2000s=2000s/decade"])
        #expect(found("In early 2002, a delegation") == ["early 2002=~2002-01/2002-04/year"])
        #expect(found("the pre-1947 order") == ["1947=1947/year"])
    }

    // MARK: Not dates

    @Test func numbersThatAreNotDates() {
        #expect(texts("the first visit in 38 years").isEmpty)
        #expect(texts("trade of $700 million and 2,500 troops").isEmpty)
        #expect(texts("Pakistan (Sattar, 2007: 46-50). In abstract") == ["2007"])
        #expect(texts("1000 T-90 tanks, 80 Mi-17 helicopters, six IL-76").isEmpty)
        #expect(texts("a 1600 km border, $1999 paid, Rs 2000, p. 1948, no. 1965").isEmpty)
        #expect(texts("Su-2000, A1948, 1948.5, 1,948, 9/11, 2011/03/13, 1971%").isEmpty)
        #expect(texts("see http://dawn.com/2011/03/13/recap and www.x.com/1999").isEmpty)
        #expect(texts("years 1599 and 2100 and 12345").isEmpty)
        #expect(texts("on 9 February and 7 March").isEmpty)
        #expect(texts("a 32 May 1948 typo") == ["May 1948"])
        // After a temporal preposition a year stays a year, whatever follows.
        #expect(texts("in 1971 troops moved, 1971 troops stayed") == ["1971"])
    }

    // MARK: Years before 1600

    @Test func earlyYearsMarkedByAnEra() {
        #expect(found("a week in 532 AD.") == ["532=532/year"])
        #expect(found("crowned AD 532 in") == ["532=532/year"])
        #expect(found("born about A.D. 505, in") == ["505=505/year"])
        #expect(found("the year 532 CE saw") == ["532=532/year"])
        #expect(found("born 79 AD and") == ["79=79/year"])
        #expect(found("reigned 527–565 AD over") == ["527–565=527/565/year"])
    }

    @Test func earlyYearsMarkedByAPrepositionOrAMonth() {
        #expect(found("In 532, a rebellion") == ["532=532/year"])
        #expect(found("finished by 537 and") == ["537=537/year"])
        #expect(found("retirement until 559, when") == ["559=559/year"])
        #expect(found("emperor from 527 to 565. A") == ["527 to 565=527/565/year"])
        #expect(found("BELISARIUS (c. 505-565), one") == ["505-565=505/565/year"])
        #expect(found("built from A.D. 532-537, was") == ["532-537=532/537/year"])
        #expect(found("in January 532 the") == ["January 532=532-01/month"])
        #expect(found("on 11 January 532 the") == ["11 January 532=532-01-11/day"])
        #expect(found("died Nov. 14, 565.") == ["Nov. 14, 565=565-11-14/day"])
        #expect(found("Bulgaria, in 482 or 483, died") == ["482=482/year"])
    }

    @Test func earlyNumbersThatAreNotYears() {
        #expect(texts("500 soldiers held the gate").isEmpty)
        #expect(texts("he sailed in 300 ships").isEmpty)
        #expect(texts("back in 1 hour, in 12 days, in 40 years").isEmpty)
        #expect(texts("see page 532, p. 532, pp. 120-135 and chapter 532").isEmpty)
        #expect(texts("measures 107 ft across, encircled by 40 arched windows").isEmpty)
        #expect(texts("the Nika sedition (532) and 532 died").isEmpty)
        #expect(texts("a garrison of 500 and up to 800 more").isEmpty)
        #expect(texts("527–565 without an era").isEmpty)
        // Before the Common Era: EventDate has no such years, so none is read (not even as AD).
        #expect(texts("Caesar died in 44 BC, Rome burnt in 390 BCE, 1600 BC").isEmpty)
    }

    @Test func citationsAreMarked() {
        let mentions = DateMentionFinder.mentions(in: "alternatives (Fatemi, 2007, April 21). Then (Burke, 1988: 98-99) and (Sattar, 2007).")
        #expect(mentions.map(\.text) == ["2007, April 21", "1988", "2007"])
        #expect(mentions.allSatisfy { $0.context == .citation })
        #expect(mentions[0].date.description == "2007-04-21")
        // Not citations: a parenthesised date of the running text, an agreement's name.
        let text = DateMentionFinder.mentions(in: "the Suez Crisis (1956), the (Simla Agreement, 1972) and (the Tashkent Declaration of January 1966)")
        #expect(text.map(\.text) == ["1956", "1972", "January 1966"])
        #expect(text.allSatisfy { $0.context == .text })
    }

    @Test func rangesAreScalarOffsets() {
        let text = "Россия — “1948” and 👩‍💻 May 1948"
        let mentions = DateMentionFinder.mentions(in: text)
        let scalars = Array(text.unicodeScalars)
        for mention in mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.range.start..<mention.range.end])) == mention.text)
        }
        #expect(mentions.map(\.text) == ["1948", "May 1948"])
    }

    @Test func neverCrashesOnNoise() {
        // A deterministic soup of digits, month names, dashes, parentheses and odd scalars.
        let pieces = ["1948", "89", "-", "–", "(", ")", "May", "5th", ",", ".", "s", "’", "to", "between", "and", "mid", "-",
                      "21st", "century", "$", "/", "http://x/1999", ":", "12", "31", "2099", "1600", "é", "👩‍💻", "\n", " ", " "]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<60 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            let scalars = Array(text.unicodeScalars)
            for mention in DateMentionFinder.mentions(in: text) {
                #expect(mention.range.start >= 0 && mention.range.end <= scalars.count && !mention.range.isEmpty)
                #expect(mention.date.latest >= mention.date.earliest)
            }
        }
    }

    // MARK: Sentences from the articles

    @Test func hussain() {
        #expect(found("Pakistan and Soviet Union established diplomatic relations in May 1948.") == ["May 1948=1948-05/month"])
        #expect(found("However, during President Ayub's period Pakistan sought to improve relations with the Soviet Union; trade and cultural exchanges between the two countries increased between 1966 and 1971.")
                == ["1966 and 1971=1966/1971/year"])
        #expect(found("During the 1973 till 1979, Soviet Union and Pakistan had enjoyed a strong relation with each other, which also benefited the Soviet Union.")
                == ["1973 till 1979=1973/1979/year"])
        let citation = DateMentionFinder.mentions(in: "Things came to the surface when Pakistan officially joined the US defense pacts; the Central Treaty Organization (CENTO) and the South East Asian Treaty Organization (SEATO) (Sattar, 2007: 46-50).")
        #expect(citation.map(\.context) == [.citation])
        #expect(found("It is widely believed that the Soviet leadership conveyed to President Zia-ul-Haq during the Afghan war (1979-89) not cross the Soviet redlines, i.e. Oxus River.")
                == ["1979-89=1979/1989/year"])
    }

    @Test func rapprochement() {
        #expect(found("In the late 1900s and early 2000s, Russia also accused Pakistan of supporting the Chechen rebels.")
                == ["late 1900s=~1967/1999/century", "early 2000s=~2000/2002/decade"])
        #expect(texts("On December 29, 2020, both Pakistan and Russia") == ["December 29, 2020"])
        #expect(texts("the first decade of the 21st century, bilateral relations") == ["21st century"])
        #expect(texts("Throughout the 1950s, Pakistan provided") == ["1950s"])
    }

    @Test func hanif() {
        #expect(found("explained by Hans Morgenthau (1891-1976) and George Kennan (1904-2205)")
                == ["1891-1976=1891/1976/year", "1904=1904/year"])
        #expect(found("the Soviet occupation from 1979 to 1989 (when USSR decided to withdraw)") == ["1979 to 1989=1979/1989/year"])
        #expect(texts("Both countries are aiming at boosting mutual trade and achieving a target of $20 billion by 2015.") == ["2015"])
        #expect(texts("In 2007 Russian Prime Minister, Mikhail Fradkov visited Pakistan (first visit of a Russian Prime Minister in 38 years) and held in-depth discussions")
                == ["2007"])
        #expect(texts("However, the terrorist attacks in the US on 9/11 and Pakistan's decision of abandoning the Taliban").isEmpty)
    }

    @Test func chronology() {
        #expect(found("Soviet Foreign Minister Andrei Gromyko accepted the invitation on 24th April, 1948.") == ["24th April, 1948=1948-04-24/day"])
        #expect(found("From 1922-27, people who entered from Soviet Union") == ["1922-27=1922/1927/year"])
        #expect(found("In March–April 1954, a delegation of the Soviet chamber of commerce") == ["March–April 1954=1954-03/1954-04/month"])
        #expect(found("Pakistan’s President Ayub Khan first visited Russia on April 5, 1965.") == ["April 5, 1965=1965-04-05/day"])
        #expect(texts("Mr Fradkov was the first Russian prime minister to visit Pakistan in the post Soviet-era in 38 years.").isEmpty)
        #expect(texts("Russia seems inclined to responding to these needs in addition to increasing trade volume from current $600 million to $1 billion in next decade.").isEmpty)
    }

    @Test func assignment() {
        #expect(found("Pakistan’s Foreign Minister, Sardar Assef Ali, again visited Moscow from 3-5 July, 1994.")
                == ["3-5 July, 1994=1994-07-03/1994-07-05/day"])
        #expect(found("The break up of the Soviet Union saw the Russian borders roll back to from where they had been in the Caucasus in the early 1800s, in Central Asia in the mid-1800, and in West Europe to that existed around approximately 1600.")
                == ["early 1800s=~1800/1832/century", "mid-1800=~1800-05/1800-08/year", "1600=1600/year"])
        #expect(texts("Pakistan-Russia Relations in the Post Bipolar World (1990-to date)") == ["1990"])
        #expect(texts("In a goodwill gesture, the USSR announced a gift of 16,500 tons of rice to help Pakistan tide over a food crisis.").isEmpty)
        #expect(texts("Pakistan’s acceptance in August 1960, of the Soviet offer of long term loan of US$30 million for oil exploration helped in restoring the relations.")
                == ["August 1960"])
        #expect(texts("namely the first few years (1947-1953) of the existence of Pakistan") == ["1947-1953"])
    }

    // MARK: Documents

    @Test func referenceSectionsAndCitingFootnotesAreReferences() {
        let markdown = """
            # History

            Relations began in May 1948.[^1] Later, war came.[^2]

            # End Notes

            Sattar, Abdul. (2007). Foreign Policy, 1947-2005.

            [^1]: Sabir Shah, "A Brief Recap," *News*, October 4, 2012.
            [^2]: The Afghan war (1979-89) was decisive.
            """
        let document = MarkdownReader.read(markdown).document
        let mentions = DateMentionFinder.mentions(in: document)
        #expect(mentions.map(\.text) == ["May 1948", "2007", "1947-2005", "October 4, 2012", "1979-89"])
        #expect(mentions.map(\.context) == [.text, .reference, .reference, .reference, .text])
        for mention in mentions {
            #expect(document.plainText.text(in: mention.range) == mention.text)
        }
    }
}
