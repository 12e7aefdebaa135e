@testable import DossierCore
import Testing
@testable import DossierTUI

/// The reading pane's lines are made one at a time from where each starts
/// (``ArticleRows``); `show` wraps each block whole (``ArticleLayout/forEachLine(of:sections:_:)``).
/// Both go through the one ``LineWrapper``, and every line made alone is the line the whole
/// wrap makes.
@Suite("Lines made when asked for")
struct LazyRowsTests {
    /// The header and every line of the body as the whole-block wrap makes them.
    static func wholeWrap(_ article: Article, document: Document, width: Int) -> [ArticleLine] {
        ArticleHeader.lines(for: article.metadata, width: width).map { ArticleLine(line: $0, role: .text, block: nil) }
            + ArticleLayout(width: width).allLines(of: document)
    }

    @Test(arguments: [10, 23, 40, 61, 80, 120, 200])
    func everyBundledArticleReadsAsTheWholeWrap(width: Int) {
        for article in ReaderFixture.collection.articles {
            let document = article.read().document
            let layout = LaidOutArticle(article: article, document: document, width: width)
            let whole = Self.wholeWrap(article, document: document, width: width)
            #expect(layout.count == whole.count, "\(article.id) at \(width)")
            for (index, line) in whole.enumerated() where index < layout.count {
                #expect(layout.lines[index] == line, "\(article.id) at \(width): line \(index)")
                #expect(layout.source(ofLine: index) == line.line.source, "\(article.id) at \(width): line \(index)")
                #expect(layout.lines.block(ofLine: index) == line.block, "\(article.id) at \(width): line \(index)")
            }
        }
    }

    /// Lines made backwards, or one far from the others, are the same lines: a line needs
    /// nothing made before it.
    @Test func linesMadeInAnyOrderAreTheSame() throws {
        let article = try #require(ReaderFixture.collection.articles.first { $0.id == "hanif" })
        let document = article.read().document
        let layout = LaidOutArticle(article: article, document: document, width: 57)
        let whole = Self.wholeWrap(article, document: document, width: 57)
        for index in stride(from: layout.count - 1, through: 0, by: -7) {
            #expect(layout.lines[index] == whole[index], "line \(index)")
        }
    }

    /// A huge paragraph (words wider than the line, runs of spaces wider than the line, CJK,
    /// footnote markers, runs of several styles): the line made from each reported start is
    /// the line the whole wrap makes, for the first prefix, a hanging indent and a quote bar.
    @Test(arguments: [
        LineWrapper(width: 80, firstPrefix: [StyledRun("12. ", style: Style(attributes: .dim))]),
        LineWrapper(width: 37, firstPrefix: [StyledRun("│ ")], restPrefix: [StyledRun("│ ")]),
        LineWrapper(width: 9),
    ])
    func everyLineOfAHugeParagraphMadeAloneIsTheSame(wrapper: LineWrapper) {
        let runs = LongLineWrappingTests.paragraph(words: 6_000)
        let whole = wrapper.wrap(runs)
        var starts: [(LineStart, Range<Int>?)] = []
        wrapper.forEachLineStart(of: runs) { starts.append(($0, $1)) }
        #expect(starts.count == whole.count)
        for (index, line) in whole.enumerated() where index < starts.count {
            #expect(starts[index].1 == line.source, "line \(index)")
            #expect(wrapper.line(of: runs, startingAt: starts[index].0) == line, "line \(index)")
        }
    }

    /// A paragraph of nothing but a prefix, and no text at all.
    @Test func emptyTextHasItsPrefixLineOrNone() {
        let numbered = LineWrapper(width: 20, firstPrefix: [StyledRun("1. ")])
        var starts: [LineStart] = []
        numbered.forEachLineStart(of: [StyledRun("", source: .text(start: 0))]) { start, _ in starts.append(start) }
        #expect(starts == [.textStart])
        #expect(numbered.line(of: [StyledRun("", source: .text(start: 0))], startingAt: .textStart)?.text == "1. ")
        #expect(LineWrapper(width: 20).line(of: [StyledRun("")], startingAt: .textStart) == nil)
    }
}

extension ArticleLayout {
    /// Every line of `document` as `show` prints it after the header.
    func allLines(of document: Document) -> [ArticleLine] {
        var lines: [ArticleLine] = []
        forEachLine(of: document) { lines.append($0) }
        return lines
    }
}
