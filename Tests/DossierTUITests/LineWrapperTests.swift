import Testing
@testable import DossierTUI

@Suite("Line wrapping by display width")
struct LineWrapperTests {
    private func text(_ string: String, start: Int = 0) -> [StyledRun] {
        [StyledRun(string, source: .text(start: start))]
    }

    @Test func wrapsAtSpaces() {
        let lines = LineWrapper(width: 20).wrap(text("Pakistan and the Soviet Union established diplomatic relations in May 1948"))
        #expect(lines.map(\.text) == [
            "Pakistan and the",
            "Soviet Union",
            "established",
            "diplomatic relations",
            "in May 1948",
        ])
        #expect(lines.allSatisfy { $0.width <= 20 })
    }

    @Test func hangingIndentForListItems() {
        let wrapper = LineWrapper(width: 20, firstPrefix: [StyledRun("17. ", style: Style(attributes: .dim))])
        let lines = wrapper.wrap(text("The Tashkent Declaration ended the war of 1965"))
        #expect(lines.map(\.text) == [
            "17. The Tashkent",
            "    Declaration",
            "    ended the war of",
            "    1965",
        ])
        #expect(lines[0].segments[0].source == nil)
        #expect(lines[0].segments[0].style == Style(attributes: .dim))
        #expect(lines[1].segments[0].text == "    ")
    }

    @Test func quotePrefixOnEveryLine() {
        let wrapper = LineWrapper(width: 12, firstPrefix: [StyledRun("│ ")], restPrefix: [StyledRun("│ ")])
        #expect(wrapper.wrap(text("one two three four")).map(\.text) == ["│ one two", "│ three four"])
    }

    @Test func overlongWordsAreBroken() {
        let lines = LineWrapper(width: 8).wrap(text("a Rawalpindi-Islamabad"))
        #expect(lines.map(\.text) == ["a", "Rawalpin", "di-", "Islamaba", "d"])
    }

    @Test func breaksAfterHyphensAndDashes() {
        let lines = LineWrapper(width: 16).wrap(text("the Pakistan–Russia relationship"))
        #expect(lines.map(\.text) == ["the Pakistan–", "Russia", "relationship"])
    }

    @Test func cjkWrapsBetweenCharactersByWidth() {
        let lines = LineWrapper(width: 10).wrap(text("巴基斯坦和俄罗斯的关系。很好"))
        #expect(lines.map(\.text) == ["巴基斯坦和", "俄罗斯的关", "系。很好"])
        #expect(lines.allSatisfy { $0.width <= 10 })
    }

    @Test func cyrillicCombiningAndEmojiLineUp() {
        let lines = LineWrapper(width: 12).wrap(text("Ташкент e\u{301}te\u{301} 👨\u{200D}👩\u{200D}👧 🇵🇰 flag"))
        #expect(lines.map(\.text) == ["Ташкент e\u{301}te\u{301}", "👨\u{200D}👩\u{200D}👧 🇵🇰 flag"])
        #expect(lines.map(\.width) == [11, 10])
    }

    @Test func footnoteMarkersStayWithTheirWord() {
        let runs = [
            StyledRun("in May 1948", source: .text(start: 0)),
            StyledRun("[12]", style: Style(attributes: .dim), source: .atom(11..<11), attachment: .footnote(label: "12")),
            StyledRun(" and later", source: .text(start: 11)),
        ]
        let lines = LineWrapper(width: 14).wrap(runs)
        #expect(lines.map(\.text) == ["in May", "1948[12] and", "later"])
        let marker = lines[1].segments.first { $0.attachment == .footnote(label: "12") }
        #expect(marker?.column == 4)
        #expect(marker?.source == 11..<11)
    }

    @Test func stylesSplitIntoSegmentsWithSources() {
        let runs = [
            StyledRun("The ", source: .text(start: 0)),
            StyledRun("Tashkent", style: Style(attributes: .italic), source: .text(start: 4)),
            StyledRun(" Declaration", source: .text(start: 12)),
        ]
        let lines = LineWrapper(width: 40).wrap(runs)
        #expect(lines.count == 1)
        #expect(lines[0].segments.map(\.text) == ["The ", "Tashkent", " Declaration"])
        #expect(lines[0].segments.map(\.column) == [0, 4, 12])
        #expect(lines[0].segments.map(\.source) == [0..<4, 4..<12, 12..<24])
        #expect(lines[0].source == 0..<24)
    }

    @Test func everyOffsetFallsOnALine() {
        let string = "Пакистан и  Россия: 巴基斯坦 e\u{301} and   more words here"
        let scalars = string.unicodeScalars.count
        let lines = LineWrapper(width: 9).wrap(text(string, start: 100))
        var covered = Set<Int>()
        for line in lines {
            if let source = line.source { covered.formUnion(source) }
        }
        #expect(covered == Set(100..<(100 + scalars)))
        // Lines are in order and do not overlap.
        let ranges = lines.compactMap(\.source)
        for (a, b) in zip(ranges, ranges.dropFirst()) {
            #expect(a.upperBound <= b.lowerBound)
        }
    }

    @Test func columnsMapBackToOffsets() {
        let lines = LineWrapper(width: 30).wrap(text("ab中文cd", start: 10))
        #expect(lines[0].sourceOffset(atColumn: 0) == 10)
        #expect(lines[0].sourceOffset(atColumn: 2) == 12)
        #expect(lines[0].sourceOffset(atColumn: 3) == 12)
        #expect(lines[0].sourceOffset(atColumn: 4) == 13)
        #expect(lines[0].sourceOffset(atColumn: 6) == 14)
        #expect(lines[0].sourceOffset(atColumn: 8) == nil)
    }

    @Test func emptyTextGivesThePrefixOnly() {
        #expect(LineWrapper(width: 10).wrap([]).isEmpty)
        #expect(LineWrapper(width: 10, firstPrefix: [StyledRun("• ")]).wrap(text("")).map(\.text) == ["• "])
    }

    @Test func renderedParagraphGolden() {
        let runs = [
            StyledRun("On 10 January 1966 the ", source: .text(start: 0)),
            StyledRun("Tashkent Declaration", style: Style(attributes: .italic), source: .text(start: 23)),
            StyledRun("[3]", style: Style(attributes: .dim), source: .atom(43..<43), attachment: .footnote(label: "3")),
            StyledRun(" was signed by Ayub Khan and Lal Bahadur Shastri, with Алексей Косыгин as host (塔什干宣言).", source: .text(start: 43)),
        ]
        var buffer = ScreenBuffer(width: 34, height: 8)
        let numbered = LineWrapper(width: 32, firstPrefix: [StyledRun("2. ")])
        for (row, line) in numbered.wrap(runs).enumerated() {
            line.render(into: &buffer, at: Point(x: 2, y: row), maxWidth: 32)
        }
        #expect(buffer[5, 1].style == Style(attributes: .italic))
        Golden.check(buffer, "paragraph-list-item-34x8")
    }
}
