@testable import DossierCore
import Testing
@testable import DossierTUI

@Suite("Reader: searching")
struct SearchKeysTests {
    @Test func slashSearchesTheArticleAndNCycles() throws {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("/")], on: &state)
        #expect(state.prompt?.kind == .articleSearch)
        ReaderFixture.type("Tashkent", on: &state)
        #expect(state.prompt?.text == "Tashkent")
        #expect(ReaderFixture.render(state).textLines().last == " /Tashkent")
        ReaderFixture.press([.enter], on: &state)
        #expect(state.prompt == nil)
        let search = try #require(state.reading.search)
        let expected = TextSearch.search(SearchQuery("Tashkent")!, in: try #require(state.document), article: "hussain").flatMap(\.matches).count
        #expect(search.hits.count == expected && expected >= 2)
        #expect(search.current == 0)
        let layout = try #require(state.laidOutArticle)
        #expect(layout.lines[state.reading.cursorLine].line.text.contains("Tashkent"))
        #expect(state.message?.hasPrefix("Match 1 of \(expected)") == true)
        ReaderFixture.press([.character("n")], on: &state)
        #expect(state.reading.search?.current == 1)
        ReaderFixture.press(Array(repeating: .character("n"), count: expected - 1), on: &state)
        #expect(state.reading.search?.current == 0)
        #expect(state.message?.contains("wrapped") == true)
        ReaderFixture.press([.character("N")], on: &state)
        #expect(state.reading.search?.current == expected - 1)
        // Matches are drawn in the hit style, the current one also bold and underlined.
        let cells = ReaderFixture.render(state).cells
        #expect(cells.contains { $0.style.background == .indexed(220) && $0.style.attributes.contains(.underline) })
    }

    /// A query wider than the status line shows its end, cut by display width: a query of
    /// wide characters keeps as many as the line holds, not half of them (or none).
    @Test func aLongQueryOfWideCharactersShowsItsEnd() throws {
        var state = ReaderFixture.state(width: 80, height: 24)
        ReaderFixture.press([.character("/")], on: &state)
        let query = String(repeating: "冷战时期", count: 15) + "末"
        ReaderFixture.type(query, on: &state)
        let status = try #require(ReaderFixture.render(state).textLines().last)
        #expect(status.hasSuffix("冷战时期末"), "\(status)")
        // One column before the query and at least one after it: 77 or 78 columns of it.
        #expect(DisplayWidth.of(status) >= 78, "\(status)")
        #expect(TextFit.tail("/冷战时期", width: 6) == "战时期")
        #expect(TextFit.tail("/冷战时期", width: 5) == "时期")
        #expect(TextFit.tail("/Tashkent", width: 20) == "/Tashkent")
    }

    /// A query repeating its word finds each match once.
    @Test func repeatedWordFindsEachMatchOnce() throws {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("/")], on: &state)
        ReaderFixture.type("Tashkent tashkent TASHKENT", on: &state)
        ReaderFixture.press([.enter], on: &state)
        let hits = try #require(state.reading.search?.hits)
        let single = TextSearch.search(SearchQuery("Tashkent")!, in: try #require(state.document), article: "hussain").flatMap(\.matches)
        #expect(hits == single.map { $0.start..<$0.end })
        #expect(state.message?.hasPrefix("Match 1 of \(single.count) ") == true)
    }

    @Test func promptEditsAndCancels() {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("/")], on: &state)
        ReaderFixture.type("qj", on: &state)
        #expect(state.prompt?.text == "qj" && !state.isQuitting)
        ReaderFixture.press([.backspace], on: &state)
        #expect(state.prompt?.text == "q")
        ReaderFixture.press([.escape], on: &state)
        #expect(state.prompt == nil)
        ReaderFixture.press([.character("/")], on: &state)
        ReaderFixture.type("zzzzqqq", on: &state)
        ReaderFixture.press([.enter], on: &state)
        #expect(state.message == "Pattern not found: zzzzqqq")
    }

    @Test func collectionSearchListsHitsByArticleAndJumps() throws {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("s")], on: &state)
        ReaderFixture.type("Tashkent", on: &state)
        let effects = ReaderFixture.press([.enter], on: &state)
        #expect(effects.contains(.searchCollection(query: "Tashkent", generation: 1)))
        guard case .searchResults(let results)? = state.overlay else {
            Issue.record("no results")
            return
        }
        #expect(Set(results.hits.map(\.article)) == Set(ReaderFixture.collection.articles.map(\.id)))
        let rows = SearchResultRows.rows(for: results.hits)
        #expect(rows.first == .article(id: "hussain", count: 2))
        let screen = ReaderFixture.render(state).text
        #expect(screen.contains("“Tashkent” in all articles"))
        #expect(screen.contains("hanif — Pakistan-Russia Relations"))
        // The third and fourth hits: rapprochement, then hanif (letters type into the filter; arrows move).
        ReaderFixture.press([.down, .down, .down], on: &state)
        ReaderFixture.press([.enter], on: &state)
        #expect(state.overlay == nil)
        #expect(state.reading.articleID == "hanif")
        let layout = try #require(state.laidOutArticle)
        #expect(layout.lines[state.reading.cursorLine].line.text.contains("Tashkent"))
        // The article's own matches are highlighted and n/N step through them.
        #expect(state.reading.search?.article == "hanif")
        #expect((state.reading.search?.hits.count ?? 0) >= 2)
        ReaderFixture.press([.control("o")], on: &state)
        #expect(state.reading.articleID == "hussain")
    }

    @Test func typingFiltersTheSearchResults() throws {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("s")], on: &state)
        ReaderFixture.type("Tashkent", on: &state)
        ReaderFixture.press([.enter], on: &state)
        ReaderFixture.type("hanif", on: &state)
        guard case .searchResults(let results)? = state.overlay else {
            Issue.record("typing closed the results")
            return
        }
        #expect(!results.shownHits.isEmpty)
        #expect(results.shownHits.allSatisfy { $0.article == "hanif" })
        let screen = ReaderFixture.render(state).text
        #expect(screen.contains(" filter: hanif (\(results.shownHits.count) of \(results.hits.count)) "))
        #expect(!screen.contains("hussain — "))
        ReaderFixture.press([.enter], on: &state)
        #expect(state.reading.articleID == "hanif")
    }
}
