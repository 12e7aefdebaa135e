import Testing
@testable import DossierCore

/// Block structure, derived from CommonMark's rules for ATX headings, paragraphs, lists,
/// block quotes and footnote definitions.
@Suite struct MarkdownBlockTests {
    func read(_ markdown: String) -> Document { MarkdownReader.read(markdown).document }

    func kinds(_ markdown: String) -> [Block.Kind] { read(markdown).blocks.map(\.kind) }

    @Test func atxHeadingsNeedASpaceAndAtMostSixHashes() {
        let document = read("# One\n\n####### Seven\n#NoSpace\n\n## Two ##\n")
        #expect(document.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .heading(level: 2)])
        #expect(document.blocks[1].text == "####### Seven #NoSpace")
        #expect(document.blocks[2].text == "Two")
    }

    @Test func headingClosingSequenceNeedsAPrecedingSpace() {
        #expect(read("# C#\n").blocks[0].text == "C#")
        #expect(read("# Title #\n").blocks[0].text == "Title")
    }

    @Test func paragraphLinesJoinWithASpaceAndBlankLinesSeparate() {
        let document = read("first line\n   second line  \n\nnext para\n")
        #expect(document.blocks.map(\.text) == ["first line second line", "next para"])
    }

    @Test func headingInterruptsAParagraph() {
        #expect(kinds("text\n# Head\nmore\n") == [.paragraph, .heading(level: 1), .paragraph])
    }

    @Test func orderedListKeepsItsStartNumber() {
        let document = read("17. seventeen\n18. eighteen\n")
        #expect(document.blocks.map(\.kind) == [.listItem(number: 17, depth: 0), .listItem(number: 18, depth: 0)])
        #expect(document.blocks.map(\.text) == ["seventeen", "eighteen"])
    }

    @Test func onlyAnOrderedListStartingAtOneInterruptsAParagraph() {
        #expect(kinds("In\n1965. The war\n") == [.paragraph])
        #expect(kinds("Intro\n1. first\n") == [.paragraph, .listItem(number: 1, depth: 0)])
    }

    @Test func bulletsAndNestedLists() {
        let document = read("- a\n- b\n  - b1\n    continued\n- c\n")
        #expect(document.blocks.map(\.kind) == [.listItem(number: nil, depth: 0), .listItem(number: nil, depth: 0),
                                                .listItem(number: nil, depth: 1), .listItem(number: nil, depth: 0)])
        #expect(document.blocks[2].text == "b1 continued")
    }

    @Test func lazyContinuationLineStaysInTheListItem() {
        let document = read("1. item starts\nand continues lazily\n\nafter\n")
        #expect(document.blocks.map(\.text) == ["item starts and continues lazily", "after"])
        #expect(document.blocks.map(\.kind) == [.listItem(number: 1, depth: 0), .paragraph])
    }

    @Test func indentedParagraphAfterABlankLineContinuesTheItem() {
        #expect(kinds("- item\n\n  second para\n\nout\n") == [.listItem(number: nil, depth: 0), .listContinuation(depth: 0), .paragraph])
    }

    @Test func thematicBreakIsNotAListItem() {
        #expect(kinds("- - -\n") == [.paragraph])
    }

    @Test func blockQuotesWithLazyContinuation() {
        let document = read("> quoted\ncontinued\n\n> > deeper\n")
        #expect(document.blocks.map(\.kind) == [.blockQuote(depth: 1), .blockQuote(depth: 2)])
        #expect(document.blocks[0].text == "quoted continued")
    }

    @Test func escapedMarkersStayText() {
        #expect(read("1965\\. The war\n").blocks.map(\.text) == ["1965. The war"])
        #expect(read("\\# not a heading\n").blocks.map(\.kind) == [.paragraph])
    }

    @Test func footnoteDefinitionsMoveAfterTheBody() {
        let document = read("Text[^1] here.\n\n[^1]: The note\n    continues.\n\n    Second paragraph.\n\nBody again.\n")
        #expect(document.blocks.map(\.text) == ["Text here.", "Body again.", "The note continues.", "Second paragraph."])
        #expect(document.blocks[2].kind == .footnote(label: "1", first: true))
        #expect(document.blocks[3].kind == .footnote(label: "1", first: false))
        #expect(document.footnotes.count == 1)
        #expect(document.footnotes[0].blocks == [2, 3])
        #expect(document.footnotes[0].references == [FootnoteReference(block: 0, run: 1)])
    }

    @Test func sectionsNestByLevelAndGetUniqueIDs() {
        let document = read("intro\n\n# Part One\n\n## Détails & Notes\n\ntext\n\n# Part One\n\n### Deep\n")
        let sections = document.sections
        #expect(sections.map(\.id) == ["opening", "part-one", "détails-notes", "part-one-2", "deep"])
        #expect(sections.map(\.level) == [0, 1, 2, 1, 3])
        #expect(sections[2].parent == 1)
        #expect(sections[1].children == [2])
        #expect(sections[4].parent == 3)
        #expect(sections[0].blocks == 0..<1)
        #expect(sections[2].blocks == 2..<4)
    }

    @Test func sectionRangeCoversNestedSections() {
        let document = read("# A\n\none\n\n## B\n\ntwo\n\n# C\n")
        let a = document.sections[1]
        let text = document.plainText
        #expect(text.text(in: a.range) == "A\n\none\n\nB\n\ntwo\n\n")
    }
}
