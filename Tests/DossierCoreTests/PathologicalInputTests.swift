import Testing
@testable import DossierCore

/// Inputs that make naive Markdown parsers quadratic. Each must finish and keep every
/// character; speed is measured in Benchmarks, not asserted here.
@Suite struct PathologicalInputTests {
    func text(_ markdown: String) -> String {
        MarkdownReader.read(markdown).document.blocks.map(\.text).joined()
    }

    @Test func manyOpenBrackets() {
        #expect(text(String(repeating: "[", count: 20_000)).count == 20_000)
    }

    @Test func manyUnclosedLinkTails() {
        let input = String(repeating: "[a](", count: 20_000)
        #expect(text(input) == input)
    }

    @Test func longRunsOfDelimiters() {
        #expect(text(String(repeating: "*", count: 50_000)).count == 50_000)
        #expect(text(String(repeating: "_a", count: 30_000)).count == 60_000)
        #expect(text(String(repeating: "*a **", count: 10_000)).isEmpty == false)
    }

    @Test func alternatingOpenersThatNeverClose() {
        let input = String(repeating: "*a _b ", count: 20_000)
        #expect(text(input) == String(input.dropLast()))
    }

    @Test func deeplyNestedEmphasis() {
        let input = String(repeating: "*", count: 5_000) + "x" + String(repeating: "*", count: 5_000)
        let document = MarkdownReader.read(input).document
        #expect(document.blocks[0].text.contains("x"))
    }

    @Test func manyFootnoteReferencesToUndefinedLabels() {
        let result = MarkdownReader.read(String(repeating: "[^x] ", count: 10_000))
        #expect(result.diagnostics.count == 10_000)
    }
}
