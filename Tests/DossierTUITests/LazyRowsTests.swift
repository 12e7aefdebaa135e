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

    /// Texts for the byte-at-a-time reading of ASCII and its spans: a non-ASCII character
    /// mid-word (precomposed, and a combining mark after an ASCII letter), words longer than
    /// a line, tabs, newlines, CR LF and a lone CR, controls, hyphens, slashes and dashes,
    /// runs of spaces at breaks, CJK and emoji between ASCII words.
    static let asciiAndOthers = [
        "Pakistan and the Soviet Union established diplomatic relations in May 1948, na\u{EF}vely",
        "caf\u{E9}s and re\u{301}sume\u{301}s in Islamabad and Moscow; x\u{301}\u{302}y",
        String(repeating: "x", count: 130) + " then a word longer than any line " + String(repeating: "y", count: 57) + "-" + String(repeating: "z", count: 300),
        "tabs\tand\tcontrols \u{1B}[31m red \u{7F} and\r\nCR LF\rlone CR and\nnewline\t\t\tend",
        "Rawalpindi-Islamabad gas/oil talks\u{2014}then re-assertion -- double--hyphen a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p/q/r/s",
        "trailing spaces at breaks          between        words" + String(repeating: " ", count: 90) + "end  ",
        "\u{4E2D}\u{6587} mixed with ASCII\u{5DF4}\u{57FA}and back\u{3001}again\u{3002} \u{3000}wide space",
        "emoji \u{1F469}\u{200D}\u{1F4BB} and flags \u{1F1F5}\u{1F1F0}\u{1F1F7}\u{1F1FA} in text, keycap 1\u{FE0F}\u{20E3} too",
    ]

    /// Runs of `text`: split in two styles at `split` characters, with their plain-text offsets.
    static func runs(_ text: String, split: Int) -> [StyledRun] {
        let head = String(text.prefix(split))
        let tail = String(text.dropFirst(split))
        return [StyledRun(head, source: .text(start: 0)),
                StyledRun(tail, style: Style(attributes: .italic), source: .text(start: head.unicodeScalars.count))]
    }

    /// Each text wraps as it does read one character per run (where no span can form: every
    /// character is taken alone, as the wrapper took them before it read ASCII a word at a
    /// time), and every line made from its counted start is the whole wrap's line.
    @Test(arguments: [1, 4, 9, 10, 17, 23, 41])
    func asciiSpansWrapAsCharactersOneByOne(width: Int) {
        let wrappers = [
            LineWrapper(width: width),
            LineWrapper(width: width, firstPrefix: [StyledRun("   "), StyledRun("12. ", style: Style(attributes: .dim))],
                        restPrefix: [StyledRun("       ")]),
            LineWrapper(width: width, firstPrefix: [StyledRun("│ ")], restPrefix: [StyledRun("│ ")]),
        ]
        for (textIndex, text) in Self.asciiAndOthers.enumerated() {
            for wrapper in wrappers {
                let runs = Self.runs(text, split: text.count / 3)
                let whole = wrapper.wrap(runs)
                var offset = 0
                let oneByOne = wrapper.wrap(text.map { character in
                    defer { offset += character.unicodeScalars.count }
                    return StyledRun(String(character), source: .text(start: offset))
                })
                let label = "text \(textIndex) at \(width), prefix \(wrapper.firstPrefix.map(\.text))"
                #expect(whole.map(\.text) == oneByOne.map(\.text), "\(label)")
                #expect(whole.map(\.source) == oneByOne.map(\.source), "\(label)")
                #expect(whole.map(\.width) == oneByOne.map(\.width), "\(label)")
                var starts: [(LineStart, Range<Int>?)] = []
                wrapper.forEachLineStart(of: runs) { starts.append(($0, $1)) }
                #expect(starts.count == whole.count, "\(label)")
                for (index, line) in whole.enumerated() where index < starts.count {
                    #expect(starts[index].1 == line.source, "\(label): line \(index)")
                    #expect(wrapper.line(of: runs, startingAt: starts[index].0) == line, "\(label): line \(index)")
                }
            }
        }
    }

    /// What the spans are split into, by hand: a word longer than the line fills whole lines,
    /// a tab is a space, a combining mark stays on its letter and CR LF is one character.
    @Test func asciiReadByTheByteWrapsAsExpected() {
        let wrapper = LineWrapper(width: 10)
        #expect(wrapper.wrap([StyledRun("ab " + String(repeating: "x", count: 23) + " cd")]).map(\.text)
            == ["ab", "xxxxxxxxxx", "xxxxxxxxxx", "xxx cd"])
        #expect(wrapper.wrap([StyledRun("one\ttwo three")]).map(\.text) == ["one two", "three"])
        let accented = wrapper.wrap([StyledRun("abcde\u{301}fghij klm", source: .text(start: 0))])
        #expect(accented.map(\.text) == ["abcde\u{301}fghij", "klm"])
        #expect(accented.map(\.source) == [0..<12, 12..<15])
        let crlf = wrapper.wrap([StyledRun("abcdefgh\r\nij", source: .text(start: 0))])
        #expect(crlf.map(\.width) == [10, 1])
        #expect(crlf.map(\.source) == [0..<11, 11..<12])
        #expect(wrapper.wrap([StyledRun("well-known/long-winded")]).map(\.text) == ["well-", "known/", "long-", "winded"])
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
