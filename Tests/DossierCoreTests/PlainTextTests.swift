import Testing
@testable import DossierCore

/// Every block and run knows its range in the plain text, in Unicode scalars.
@Suite struct PlainTextTests {
    @Test func blocksAreSeparatedByBlankLinesAndFootnotesFollowTheBody() {
        let document = MarkdownReader.read("# Head\n\nOne *two*[^n].\n\n- item\n\n[^n]: Note.").document
        #expect(document.plainText.string == "Head\n\nOne two.\n\nitem\n\nNote.\n\n")
        for block in document.blocks {
            #expect(document.plainText.text(in: block.range) == block.text)
            for run in block.runs {
                #expect(document.plainText.text(in: run.range) == run.text)
            }
        }
    }

    @Test func offsetsCountUnicodeScalars() {
        let document = MarkdownReader.read("e\u{301}t\u{E9} 👩‍💻 Россия *中文*").document
        let block = document.blocks[0]
        // "e" + combining acute = 2 scalars; the ZWJ sequence is 3 scalars.
        #expect(block.range == TextRange(start: 0, end: 2 + 2 + 1 + 3 + 1 + 6 + 1 + 2))
        let emphasised = block.runs.last!
        #expect(emphasised.text == "中文")
        #expect(emphasised.range == TextRange(start: 16, end: 18))
        #expect(document.plainText.text(in: emphasised.range) == "中文")
    }

    @Test func blockAndSectionLookupByOffset() {
        let document = MarkdownReader.read("# A\n\nalpha\n\n# B\n\nbeta").document
        let beta = document.plainText.occurrences(of: "beta")[0]
        let block = document.blockIndex(containing: beta)!
        #expect(document.blocks[block].text == "beta")
        #expect(document.sections[document.sectionIndex(containing: beta)].id == "b")
    }

    @Test func searchFindsEveryOccurrence() {
        let text = PlainText("abcabcab")
        #expect(text.occurrences(of: "ab") == [0, 3, 6])
        #expect(text.occurrences(of: "abcab") == [0, 3])
        #expect(text.occurrences(of: "") == [])
    }
}
