import Testing
@testable import DossierCore

@Suite struct SearchTests {
    let document = MarkdownReader.read("""
        # Tashkent

        The Tashkent Declaration was signed in January 1966.

        # Later

        Pakistan and Russia signed agreements; Moscow hosted talks on TASHKENT.

        Zürich and Zurich, São Paulo.
        """).document

    @Test func caseInsensitive() {
        let hits = TextSearch.search(SearchQuery("tashkent")!, in: document, article: "a")
        #expect(hits.map(\.block) == [0, 1, 3])
        #expect(hits.map(\.sectionID) == ["tashkent", "tashkent", "later"])
    }

    @Test func diacriticInsensitiveBothWays() {
        let hits = TextSearch.search(SearchQuery("zurich sao")!, in: document, article: "a")
        #expect(hits.count == 1)
        #expect(hits[0].matches.count == 3)
        let text = document.plainText
        #expect(hits[0].matches.map { text.text(in: $0) } == ["Zürich", "Zurich", "São"])
    }

    @Test func quotedPhraseMustAppearTogether() {
        #expect(TextSearch.search(SearchQuery("\"declaration was signed\"")!, in: document, article: "a").count == 1)
        #expect(TextSearch.search(SearchQuery("\"signed declaration\"")!, in: document, article: "a").isEmpty)
        #expect(TextSearch.search(SearchQuery("signed declaration")!, in: document, article: "a").count == 1)
    }

    @Test func allTermsMustMatch() {
        #expect(TextSearch.search(SearchQuery("moscow tashkent")!, in: document, article: "a").map(\.block) == [3])
    }

    @Test func emptyQueryIsRejected() {
        #expect(SearchQuery("  \"\" ") == nil)
    }

    @Test func contextIsCutAtWordBoundaries() {
        let text = String(repeating: "word ", count: 40) + "needle" + String(repeating: " word", count: 40)
        let hits = TextSearch.search(SearchQuery("needle")!, in: MarkdownReader.read(text).document, article: "a", contextWidth: 30)
        #expect(hits[0].context.hasPrefix("…word"))
        #expect(hits[0].context.hasSuffix("word…"))
        #expect(hits[0].context.contains("needle"))
    }

    /// A term typed twice (or in another case) is searched for once: the hits are those of
    /// the term alone, and a query repeating it thousands of times reads the text once.
    @Test func repeatedTermsAreSearchedOnce() throws {
        let query = try #require(SearchQuery(Array(repeating: "Tashkent TASHKENT", count: 10_000).joined(separator: " ") + " moscow"))
        #expect(query.terms == ["Tashkent", "TASHKENT", "moscow"])
        #expect(query.searchTerms.count == 2)
        let hits = TextSearch.search(query, in: document, article: "a")
        #expect(hits == TextSearch.search(SearchQuery("tashkent moscow")!, in: document, article: "a"))
        #expect(hits[0].matches.count == 2)
    }

    /// Two terms finding the same text give it once ("U-2" and "U2" are one word to search).
    @Test func matchesAreNeverRepeated() throws {
        let document = MarkdownReader.read("The U-2 incident of May 1960.").document
        let hits = TextSearch.search(try #require(SearchQuery("U-2 U2")), in: document, article: "a")
        let matches = try #require(hits.first?.matches)
        #expect(matches.count == 1)
        #expect(Set(matches).count == matches.count)
        #expect(matches == matches.sorted { $0.start < $1.start })
    }
}
