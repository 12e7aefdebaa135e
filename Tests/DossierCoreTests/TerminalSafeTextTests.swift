import Foundation
import Testing
@testable import DossierCore

/// The one rule for what may reach a terminal, and YAML values held to it wherever they are read.
@Suite struct TerminalSafeTextTests {
    @Test func controlsAreReplacedAndBidiControlsDropped() {
        #expect(TerminalSafeText.cleaned("Evil \u{1B}]0;pwned\u{7}") == "Evil \u{FFFD}]0;pwned\u{FFFD}")
        #expect(TerminalSafeText.cleaned("\u{9B}2J\u{7F}\u{0}\u{85}") == "\u{FFFD}2J\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(TerminalSafeText.cleaned("one\u{2028}two\u{2029}") == "one\u{FFFD}two\u{FFFD}")
        #expect(TerminalSafeText.cleaned("abc\u{202E}def\u{202C} \u{2066}x\u{2069}") == "abcdef x")
        #expect(TerminalSafeText.cleaned("\r\n") == "\u{FFFD}\u{FFFD}")
    }

    @Test func lineFeedsAndTabsPassOnlyWhereAllowed() {
        #expect(TerminalSafeText.cleaned("a\tb\nc") == "a\u{FFFD}b\u{FFFD}c")
        #expect(TerminalSafeText.cleaned("a\tb\nc\r", allowing: .lines) == "a\tb\nc\u{FFFD}")
        #expect(TerminalSafeText.cleaned("a\tb\n", allowing: .lineFeed) == "a\u{FFFD}b\n")
    }

    @Test func ordinaryTextIsKeptAsItIs() {
        let text = "Пакистан–Россия 中国 e\u{301} 👩\u{200D}💻 \u{200F}اردو\u{200E} ‘quoted’ … \u{A0}"
        #expect(TerminalSafeText.cleaned(text) == text)
        #expect(TerminalSafeText.firstUnsafeScalar(in: text) == nil)
        #expect(TerminalSafeText.firstUnsafeScalar(in: "ok\u{202E}\u{1B}") == "\u{202E}")
        #expect(TerminalSafeText.codePoint("\u{1B}") == "U+001B")
        #expect(TerminalSafeText.codePoint("\u{202E}") == "U+202E")
    }

    /// The byte scan of `firstUnsafeScalar` finds exactly the scalars the rule does not keep:
    /// every scalar below U+3000 (all the unsafe ones and their UTF-8 neighbours: U+0080–U+00FF
    /// share 0xC2/0xC3, U+2000–U+2FFF share 0xE2), alone, between text and after another
    /// scalar that ends in the same bytes, under each allowance.
    @Test func theByteScanFindsWhatTheRuleReplacesOrDrops() {
        let allowances: [TerminalSafeText.Allowance] = [[], .lineFeed, .tab, .lines]
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for allowance in allowances {
                let expected: Unicode.Scalar? = TerminalSafeText.treatment(of: scalar, allowing: allowance) == .keep ? nil : scalar
                for text in ["\(scalar)", "a\(scalar)b", "\u{2000}\(scalar)", "\u{80}\(scalar)\u{80}", "é–\(scalar)"] {
                    let found = TerminalSafeText.firstUnsafeScalar(in: text, allowing: allowance)
                    let wanted = text.unicodeScalars.first { TerminalSafeText.treatment(of: $0, allowing: allowance) != .keep }
                    if found != wanted || (text == "\(scalar)" && found != expected) {
                        Issue.record("U+\(String(value, radix: 16)) in \(Array(text.unicodeScalars.map(\.value))): \(String(describing: found)), wanted \(String(describing: wanted))")
                        return
                    }
                }
            }
        }
    }

    /// Repro 1 of issue 9: a double-quoted YAML value makes raw escapes out of `\e`, `\a`,
    /// `\x9b`, `\u202e`; `check` accepted them and `articles` printed them.
    @Test func escapesInFrontMatterAreReportedAndCleaned() throws {
        let collection = try TemporaryCollection()
        try collection.write("collection.yaml", "title: \"T \\e]0;t\\a\"\ndescription: D\narticles: [a]\n")
        try collection.write("articles/a.md", """
            ---
            id: a
            title: "Evil \\e]0;pwned\\a \\e]52;c;cHduZWQ=\\a"
            authors:
              - name: "\\x9bMallory"
                affiliation: "\\u202eevil"
            kind: journal-article
            source: s.txt
            summary: |
              Line one
              line two\ttab
            ---

            Text.
            """)
        let result = CollectionLoader.load(directory: collection.directory)
        let article = try #require(result.collection.articles.first)
        #expect(article.metadata.title == "Evil \u{FFFD}]0;pwned\u{FFFD} \u{FFFD}]52;c;cHduZWQ=\u{FFFD}")
        #expect(article.metadata.authors.first?.name == "\u{FFFD}Mallory")
        #expect(article.metadata.authors.first?.affiliation == "evil")
        #expect(result.collection.title == "T \u{FFFD}]0;t\u{FFFD}")
        let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.file.split(separator: "/").last ?? ""):\($0.line):\($0.column): \($0.message)" }
        #expect(errors == [
            "collection.yaml:1:8: YAML value holds control character U+001B (replaced with U+FFFD); write the text without escapes",
            "a.md:3:8: YAML value holds control character U+001B (replaced with U+FFFD); write the text without escapes",
            "a.md:5:11: YAML value holds control character U+009B (replaced with U+FFFD); write the text without escapes",
            "a.md:6:18: YAML value holds control character U+202E (removed); write the text without escapes",
        ])
    }

    @Test func escapesInEventsAndEntitiesAreReportedWithTheirPlace() throws {
        let collection = try TemporaryCollection()
        try collection.write("collection.yaml", "title: T\ndescription: D\narticles: [a]\n")
        try collection.write("articles/a.md", TemporaryCollection.article(id: "a", body: "The quote is here."))
        try collection.write("entities.yaml", """
            entities:
              - id: e
                name: "Name \\e[2J"
                kind: person
                description: "D \\x9b31m"
                aliases: ["A \\u2066"]
            """)
        try collection.write("events.yaml", """
            events:
              - id: ev
                title: "Title \\e]0;x\\a"
                summary: "S \\e]52;c;eA==\\a"
                date: "2020"
                entities: [e]
                mentions:
                  - article: a
                    quote: "The quote is here."
            """)
        let loaded = CollectionLoader.load(directory: collection.directory)
        let result = TimelineLoader.load(collection: loaded.collection)
        let event = try #require(result.timeline.event(withID: "ev"))
        #expect(event.title == "Title \u{FFFD}]0;x\u{FFFD}")
        #expect(event.summary == "S \u{FFFD}]52;c;eA==\u{FFFD}")
        guard case .found(let entity) = result.timeline.lookupEntity("e") else {
            Issue.record("entity e not found")
            return
        }
        #expect(entity.name == "Name \u{FFFD}[2J")
        #expect(entity.description == "D \u{FFFD}31m")
        #expect(entity.aliases == ["A"])
        let places = result.errors.map { "\($0.file.split(separator: "/").last ?? ""):\($0.line):\($0.column)" }
        #expect(places == ["entities.yaml:3:11", "entities.yaml:5:18", "entities.yaml:6:15",
                           "events.yaml:3:12", "events.yaml:4:14"])
    }
}
