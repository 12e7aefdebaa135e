import Testing
@testable import DossierCore

/// Loading entities.yaml and events.yaml: quotes resolve to plain-text ranges, and every
/// problem is reported with the file, line and column of the offending node.
@Suite struct TimelineLoaderTests {
    static let body = """
        # Opening Years

        Pakistan and the *USSR* established relations in May 1948. The USSR invited Liaquat in 1949.

        Relations were cool. The USSR invited Liaquat in 1949.

        # Later

        The war lasted from 1979 to 1989.
        """

    static let entities = """
        entities:
          - id: pakistan
            name: Pakistan
            kind: state
            description: A state.
            aliases: [Pak]
          - id: ussr
            name: Soviet Union
            kind: state
            description: A union of republics.
            aliases: [USSR, Soviets]
        """

    static let events = """
        eras:
          - id: early-years
            title: Early Years
            from: "1947"
            to: "1953"
            named_by: a
        events:
          - id: relations-1948
            title: Relations established
            summary: The two states open relations.
            date: "1948-05"
            entities: [pakistan, ussr]
            tags: [diplomacy]
            related:
              - event: invitation-1949
                kind: led-to
            mentions:
              - article: a
                quote: "established relations in May 1948"
                date_as_told: May 1948
          - id: invitation-1949
            title: Liaquat invited
            summary: The USSR invites Liaquat Ali Khan.
            date: "1949"
            entities: [ussr]
            mentions:
              - article: a
                quote: "The USSR invited Liaquat in 1949."
                occurrence: 2
        """

    func collection(events: String = events, entities: String = entities, body: String = body) throws -> TemporaryCollection {
        let folder = try TemporaryCollection()
        try folder.write("collection.yaml", "title: T\narticles: [a]\n")
        try folder.write("articles/a.md", TemporaryCollection.article(id: "a", body: body))
        try folder.write("entities.yaml", entities)
        try folder.write("events.yaml", events)
        return folder
    }

    func load(_ folder: TemporaryCollection) -> TimelineLoader.Result {
        TimelineLoader.load(collection: CollectionLoader.load(directory: folder.directory).collection)
    }

    func messages(_ result: TimelineLoader.Result) -> [String] {
        result.diagnostics.map { "\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func resolvesQuotesToPlainTextRanges() throws {
        let folder = try collection()
        let result = load(folder)
        #expect(result.diagnostics.isEmpty, "\(messages(result))")
        let timeline = result.timeline
        #expect(timeline.events.map(\.id) == ["relations-1948", "invitation-1949"])
        let document = try #require(result.documents["a"])
        for event in timeline.events {
            let mention = try #require(event.mentions.first)
            let range = try #require(mention.range)
            #expect(document.plainText.text(in: range) == mention.quote)
            #expect(mention.sectionID == "opening-years" && mention.sectionTitle == "Opening Years")
        }
        // occurrence: 2 picks the second paragraph.
        let second = try #require(timeline.event(withID: "invitation-1949")?.mentions.first)
        #expect(second.blockIndex == 2)
        #expect(timeline.era(of: timeline.events[0])?.id == "early-years")
    }

    @Test func reportsEveryProblemAtItsNode() throws {
        let events = """
            events:
              - id: Bad_ID
                title: T
                summary: S.
                date: "1948-13"
                mentions:
                  - article: a
                    quote: "established relations in May 1948"
              - id: dup
                title: T
                summary: S.
                date: "1948"
                entities: [pakistan, ussrr]
                colour: red
                related:
                  - event: nowhere
                    kind: led-to
                  - event: dup
                    kind: causes
                mentions:
                  - article: a
                    quote: "not in the article at all"
                  - article: a
                    quote: "The USSR invited Liaquat in 1949."
                  - article: a
                    quote: "The USSR invited Liaquat in 1949."
                    occurrence: 3
                  - article: zz
                    quote: "x"
              - id: dup
                title: Again
                date: "1950"
            """
        let folder = try collection(events: events)
        let result = load(folder)
        #expect(result.diagnostics.allSatisfy { $0.file == folder.path("events.yaml") })
        let found = messages(result)
        let expected = [
            "2:9: error: event id 'Bad_ID' must be kebab-case: lowercase letters and digits joined by single hyphens",
            "5:11: error: invalid date '1948-13' in 'date' of event 'Bad_ID': \(EventsFileReader.dateSyntax)",
            "14:5: warning: unknown key 'colour' in an event",
            "13:26: error: unknown entity 'ussrr' in event 'dup' (did you mean 'ussr'?)",
            "19:15: error: unknown relation kind 'causes'; use one of: led-to, response-to, part-of, same-series, see-also",
            "18:16: error: event 'dup' is related to itself",
            "28:18: error: unknown article 'zz'; articles: a",
            "30:5: warning: event 'dup' has no summary",
            "30:5: warning: event 'dup' has no mentions: no article tells it",
            "30:9: error: event id 'dup' is already used at line 9",
            "16:16: error: unknown event 'nowhere' in 'related' of 'dup'",
            "22:16: error: quote of 'dup' is not in article 'a'",
            "24:16: error: quote of 'dup' occurs 2 times in 'a' (lines 10, 12); add 'occurrence: N' (1–2) or lengthen the quote",
            "26:16: error: quote of 'dup' has occurrence 3 but occurs only 2 times in 'a'",
        ]
        #expect(found == expected)
    }

    @Test func unresolvedQuoteGetsAHint() throws {
        let events = """
            events:
              - id: one
                title: T
                summary: S.
                date: "1948"
                mentions:
                  - article: a
                    quote: "Pakistan and the USSR established ties in May 1948"
                  - article: a
                    quote: "relations WERE cool"
            """
        let result = load(try collection(events: events))
        let found = messages(result)
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("8:16: error: quote of 'one' is not in article 'a'; its first 34 characters match at line 10, then the quote has \"ties in May 1948\" where the article has \"relations in May 1948. Th\""))
        #expect(found[1] == "10:16: error: quote of 'one' is not in article 'a'; it differs only in case, quotes, dashes or accents from line 12: \"Relations were cool\"")
    }

    @Test func entitiesFileProblems() throws {
        let entities = """
            entities:
              - id: pakistan
                name: Pakistan
                kind: state
                description: A state.
                aliases: [Pak, USSR]
              - id: ussr
                name: Soviet Union
                kind: empire
                aliases: [USSR, ussr, Soviets]
              - id: pakistan
                name: Again
                kind: state
              - name: No id
            """
        let result = load(try collection(entities: entities))
        let found = messages(result).filter { !$0.contains("events.yaml") }
        #expect(found == [
            "9:11: error: unknown entity kind 'empire'; use one of: person, state, organisation, agreement, project, place, event-series, other",
            "7:5: warning: entity 'ussr' has no description",
            "10:21: warning: alias 'ussr' repeats a name of entity 'ussr'",
            "10:15: error: 'USSR' also names entity 'pakistan' (line 6); a name or alias must belong to one entity",
            "11:9: error: entity id 'pakistan' is already used at line 2",
            "14:5: error: an entity is missing required key 'id'",
        ])
    }

    @Test func missingFilesMeanAnEmptyTimeline() throws {
        let folder = try TemporaryCollection()
        try folder.write("collection.yaml", "title: T\narticles: [a]\n")
        try folder.write("articles/a.md", TemporaryCollection.article(id: "a", body: Self.body))
        let result = load(folder)
        #expect(result.diagnostics.isEmpty)
        #expect(result.timeline.events.isEmpty && result.timeline.entities.isEmpty)
    }

    @Test func neverCrashesOnBadInput() throws {
        let inputs = [
            "", "events: 5", "events: [1, 2, [3]]", "events:\n  - id: [a]\n    date: {x: 1}\n    mentions: 7",
            "- just a list", "events:\n  - id: x\n    title: T\n    date: \"1948\"\n    mentions:\n      - article: a\n        quote: [q]\n        occurrence: zero",
            "eras:\n  - id: e\n    from: \"1960\"\n    to: \"1950\"\nuncovered: [{article: a}]", "\t: bad: yaml: [", "events: &a [*a]",
            "events:\n  - id: x\n    title: T\n    date: \"1948\"\n    conflicts:\n      - about: mood\n        tellings: [{article: a, says: s}]",
            String(repeating: "[", count: 5000),
        ]
        for input in inputs {
            let result = load(try collection(events: input, entities: input))
            #expect(!result.diagnostics.isEmpty || input.isEmpty, "\(input.prefix(40))")
        }
    }

    @Test func bundledContentLoadsAndEveryQuoteResolves() throws {
        let loaded = CollectionLoader.load(directory: TemporaryCollection.bundledContent)
        let result = TimelineLoader.load(collection: loaded.collection)
        #expect(result.errors.isEmpty, "\(result.errors.prefix(5).map(\.description))")
        #expect(result.timeline.events.count > 100)
        for event in result.timeline.events {
            for mention in event.mentions {
                let range = try #require(mention.range, "\(event.id) in \(mention.article)")
                #expect(result.documents[mention.article]?.plainText.text(in: range) == mention.quote)
            }
        }
        // The U-2 affair: the journal article dates it 1962, others 1960.
        let u2 = result.timeline.conflicts.filter { $0.event.id == "u2-incident-1960" && $0.conflict.about == .date }
        #expect(u2.first?.conflict.tellings.contains { $0.article == "hussain" && $0.says.contains("1962") } == true)
    }
}
