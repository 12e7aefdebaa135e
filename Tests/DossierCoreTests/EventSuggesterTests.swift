import Testing
@testable import DossierCore

/// `dossier suggest-events`: draft events for the untold dates, which `check` accepts unchanged.
@Suite struct EventSuggesterTests {
    static let entities = """
        entities:
          - id: pakistan
            name: Pakistan
            kind: state
          - id: ussr
            name: Soviet Union
            kind: state
            aliases: [USSR]
          - id: ayub-khan
            name: Ayub Khan
            kind: person
            aliases: [President Ayub]
          - id: us
            name: United States
            kind: state
            aliases: [US]
        """

    static let eventsHead = """
        events:
          - id: relations-1948
            title: Relations established
            summary: Pakistan and the USSR establish relations.
            date: "1948-05"
            entities: [pakistan, ussr]
            mentions:
              - article: a
                quote: "Pakistan and the USSR established relations in May 1948."

        """

    static let articleA = """
        # Early Years

        Pakistan and the USSR established relations in May 1948. Then, on 5 April 1965, President Ayub \
        visited the Soviet Union with Gen. Musharraf's predecessors watching. It was a start.

        #Heading in 1971

        # Sources

        Sattar wrote about it in 2007 and many of us read it then.

        # More

        A list: 1950, 1951, 1952 and 1953 were years of many small events.

        Short in 1960.

        In the 1950s the US was a partner of Pakistan in most things.[^1]

        [^1]: A note from 1999 that mentions the US at length, without any citation at all here.
        """

    static let articleB = """
        # Visit

        The famous visit of Ayub Khan to the Soviet Union took place in April 1965, and it changed much.
        """

    func collection() throws -> TemporaryCollection {
        let folder = try TemporaryCollection()
        try folder.write("collection.yaml", "title: Test\narticles: [a, b]\n")
        try folder.write("articles/a.md", TemporaryCollection.article(id: "a", body: Self.articleA))
        try folder.write("articles/b.md", TemporaryCollection.article(id: "b", body: Self.articleB))
        try folder.write("entities.yaml", Self.entities)
        try folder.write("events.yaml", Self.eventsHead)
        return folder
    }

    func suggestions(_ folder: TemporaryCollection, articles: [String] = []) -> [EventSuggestion] {
        let collection = CollectionLoader.load(directory: folder.directory).collection
        let timeline = TimelineLoader.load(collection: collection)
        #expect(timeline.errors.isEmpty, "\(timeline.errors)")
        return EventSuggester.suggest(collection: collection, timeline: timeline.timeline, documents: timeline.documents, articleIDs: articles)
    }

    @Test func suggestsOnlyEventLikeDatesOfRunningText() throws {
        let folder = try collection()
        let found = suggestions(folder)
        // Told already (1948), heading (1971), reference section (2007), a list of dates (1950–53),
        // a fragment (1960), a decade (1950s) and a footnote (1999) give nothing.
        #expect(found.map(\.date.description) == ["1965-04-05"])
        let visit = try #require(found.first)
        #expect(visit.id == "then-president-ayub-visited-soviet-1965")
        #expect(visit.title == "Then, President Ayub visited the Soviet Union with Gen. Musharraf's predecessors watching")
        #expect(visit.entities == ["ayub-khan", "ussr"])
        // One event, told by both articles: the day and the month agree and both name Ayub Khan.
        #expect(visit.tellings.map(\.mention.article) == ["a", "b"])
        #expect(visit.tellings[0].mention.quote
                == "Then, on 5 April 1965, President Ayub visited the Soviet Union with Gen. Musharraf's predecessors watching.")
        #expect(visit.tellings[0].mention.dateAsTold == "5 April 1965")
        #expect(visit.tellings[0].file == "articles/a.md" && visit.tellings[0].position.line == 10)
        #expect(suggestions(folder, articles: ["b"]).map { $0.tellings.map(\.mention.article) } == [["b"]])
    }

    @Test func checkAcceptsTheOutputPastedUnderEvents() throws {
        let folder = try collection()
        let found = suggestions(folder)
        try folder.write("events.yaml", Self.eventsHead + found.map(\.yaml).joined())
        let report = CollectionChecker.check(directory: folder.directory, coverage: true)
        #expect(report.diagnostics.filter { $0.severity == .error && !$0.message.contains("is told by no event") }.isEmpty,
                "\(report.diagnostics)")
        let uncovered = report.coverage?.uncovered.map(\.mention.text) ?? []
        #expect(!uncovered.contains("5 April 1965") && !uncovered.contains("April 1965"))
        // Suggesting again proposes nothing new for what is now told.
        #expect(suggestions(folder).isEmpty)
    }

    @Test func idsAreUniqueAgainstExistingEventsAndEachOther() throws {
        let folder = try collection()
        try folder.write("articles/b.md", TemporaryCollection.article(id: "b", body: """
            Relations established between the two states in 1950, after long talks in Karachi.

            Relations established between the two states in 1950, after long talks in Karachi.
            """))
        try folder.write("events.yaml", Self.eventsHead.replacingOccurrences(of: "relations-1948", with: "relations-established-between-two-states-1950"))
        let found = suggestions(folder, articles: ["b"])
        #expect(found.map(\.id) == ["relations-established-between-two-states-1950-2", "relations-established-between-two-states-1950-3"])
        // The same sentence twice: each quote says which occurrence it is.
        #expect(found.map { $0.tellings[0].mention.occurrence } == [1, 2])
    }

    @Test func sentencesEndAtStopsButNotAtInitialsOrAbbreviations() {
        let text = "He met Z.A. Bhutto in Feb. 1972 in the U.S. Capitol. The next day he left."
        let scalars = Array(text.unicodeScalars)
        let sentence = SentenceSpan.around(TextRange(start: 27, end: 31), in: scalars, block: TextRange(start: 0, end: scalars.count))
        #expect(PlainText(text).text(in: sentence) == "He met Z.A. Bhutto in Feb. 1972 in the U.S. Capitol.")
        let second = SentenceSpan.around(TextRange(start: 35, end: 37), in: Array("It rained. In 1948 it snowed! Then it stopped.".unicodeScalars),
                                         block: TextRange(start: 0, end: 46))
        #expect(second == TextRange(start: 30, end: 46))
        let middle = SentenceSpan.around(TextRange(start: 14, end: 18), in: Array("It rained. In 1948 it snowed! Then it stopped.".unicodeScalars),
                                         block: TextRange(start: 0, end: 46))
        #expect(middle == TextRange(start: 11, end: 29))
    }

    @Test func titlesDropTheDateAndItsPreposition() {
        let sentence = "In May 1948, Pakistan and the USSR established relations."
        #expect(EventSuggester.title(from: sentence, without: TextRange(start: 3, end: 11)) == "Pakistan and the USSR established relations")
        #expect(EventSuggester.title(from: "The Oriental War (October 1853) was fought.", without: TextRange(start: 18, end: 30))
                == "The Oriental War was fought")
        #expect(EventSuggester.slug("Pakistan and the USSR established relations", year: 1948) == "pakistan-ussr-established-relations-1948")
    }

    @Test func quotesAreWrittenAsSafeYAMLStrings() {
        #expect(EventSuggestion.quoted("He said \"no\" \\ then") == "\"He said \\\"no\\\" \\\\ then\"")
        #expect(EventSuggestion.quoted("bell\u{7}") == "\"bell\\u0007\"")
    }
}
