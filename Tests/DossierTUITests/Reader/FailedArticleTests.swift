@testable import DossierCore
import Testing
@testable import DossierTUI

/// An article that failed to load is not hidden: the browser lists it with its error, the
/// status line counts it, and Enter on its row tells the error in full.
@Suite struct FailedArticleTests {
    static func collection() -> DossierCollection {
        var collection = ReaderFixture.collection
        collection.failedArticles = [
            FailedArticle(id: "afghanistan", error: Diagnostic(file: "articles/afghanistan.md", line: 3, column: 1,
                                                              message: "invalid YAML: did not find expected ']'")),
            FailedArticle(id: "empty", error: Diagnostic(file: "articles/empty.md", line: 1, column: 1,
                                                        message: "empty file: an article needs some text")),
        ]
        return collection
    }

    @Test func theBrowserListsFailedArticlesAfterTheOthersWithTheirError() {
        let (state, _) = ReaderStartup.initialState(collection: Self.collection(), positions: ReadingPositions(),
                                                    size: Size(width: 120, height: 40))
        #expect(state.message == "2 articles could not be read — dossier check")
        var buffer = ScreenBuffer(width: 60, height: 20)
        PaneFrame(pane: .browser, state: state, theme: .monochrome).render(into: &buffer, area: buffer.area)
        let lines = buffer.textLines().filter { !$0.isEmpty }
        #expect(lines.first == " Sections · 5 articles")
        #expect(lines.suffix(3) == [
            "▸ assignment Pakistan-Russia Relations: Post-Cold War Era",
            "✗ afghanistan could not be read: line 3: invalid YAML: did …",
            "✗ empty could not be read: line 1: empty file: an article n…",
        ])
    }

    @Test func enterOnAFailedRowTellsTheErrorAndOpensNothing() {
        let (initial, _) = ReaderStartup.initialState(collection: Self.collection(), positions: ReadingPositions(),
                                                      size: Size(width: 120, height: 40))
        var state = initial
        ReaderFixture.press([.character("1"), .character("G"), .right, .enter], on: &state)
        #expect(state.message == "empty could not be read: line 1: empty file: an article needs some text — dossier check")
        #expect(state.reading.articleID == "hussain")
        #expect(!state.browser.expanded.contains("empty"))
    }
}
