import Testing
@testable import DossierCore

/// Inline structure, derived from CommonMark's emphasis, link and escape rules.
@Suite struct MarkdownInlineTests {
    func runs(_ markdown: String) -> [InlineRun] { MarkdownReader.read(markdown).document.blocks.first?.runs ?? [] }

    func styled(_ markdown: String) -> [String] {
        runs(markdown).map { run in
            var marks = ""
            if run.style.contains(.strong) { marks += "S" }
            if run.style.contains(.emphasis) { marks += "E" }
            if run.style.contains(.link) { marks += "L" }
            if let label = run.footnoteLabel { return "^" + label }
            return marks.isEmpty ? run.text : "\(marks):\(run.text)"
        }
    }

    @Test func emphasisAndStrong() {
        #expect(styled("*a* **b** _c_ __d__") == ["E:a", " ", "S:b", " ", "E:c", " ", "S:d"])
    }

    @Test func nestedStrongInsideEmphasis() {
        #expect(styled("*a **b** c*") == ["E:a ", "SE:b", "E: c"])
        #expect(styled("***both***") == ["SE:both"])
    }

    @Test func flankingRules() {
        // A `*` followed by whitespace cannot open.
        #expect(styled("a * b * c") == ["a * b * c"])
        // Intraword `_` neither opens nor closes; intraword `*` does.
        #expect(styled("snake_case_name") == ["snake_case_name"])
        #expect(styled("foo*bar*baz") == ["foo", "E:bar", "baz"])
    }

    @Test func ruleOfThree() {
        // CommonMark example: *foo**bar** is not strong-in-emphasis across odd runs.
        #expect(styled("*foo**bar**baz*") == ["E:foo", "SE:bar", "E:baz"])
        #expect(styled("**foo*") == ["*", "E:foo"])
    }

    @Test func unmatchedDelimitersAreText() {
        #expect(styled("**open") == ["**open"])
        #expect(styled("close*") == ["close*"])
    }

    @Test func inlineLinksAndAutolinks() {
        let parsed = runs("see [the *site*](http://x.org/a_(b)) and <https://y.org>")
        #expect(parsed.map(\.text) == ["see ", "the ", "site", " and ", "https://y.org"])
        #expect(parsed[1].destination == "http://x.org/a_(b)")
        #expect(parsed[2].style == [.link, .emphasis])
        #expect(parsed[4].destination == "https://y.org")
    }

    @Test func bracketsWithoutDestinationAreText() {
        #expect(styled("[not a link] and [x]") == ["[not a link] and [x]"])
    }

    @Test func linksCannotNest() {
        let parsed = runs("[a [b](u1) c](u2)")
        #expect(parsed.map(\.text) == ["[a ", "b", " c](u2)"])
        #expect(parsed[1].destination == "u1")
    }

    @Test func backslashEscapes() {
        #expect(styled("\\*not\\* \\[x\\] \\\\ \\q") == ["*not* [x] \\ \\q"])
    }

    @Test func footnoteReferencesAreZeroWidthRuns() {
        let markdown = "War[^7] ended.\n\n[^7]: Note."
        let parsed = runs(markdown)
        #expect(parsed.map(\.text) == ["War", "", " ended."])
        #expect(parsed[1].footnoteLabel == "7")
        #expect(parsed[1].range == TextRange(start: 3, end: 3))
        #expect(parsed[2].range == TextRange(start: 3, end: 10))
    }

    @Test func undefinedFootnoteIsReportedWithItsPositionAndKept() {
        let result = MarkdownReader.read("para\n\nsee [^9] here", file: "a.md", firstLine: 10)
        #expect(result.document.blocks[1].text == "see [^9] here")
        #expect(result.diagnostics.map(\.description) == ["a.md:12:5: error: footnote [^9] is not defined"])
    }

    @Test func unusedFootnoteIsAWarning() {
        let result = MarkdownReader.read("text\n\n[^a]: unused", file: "a.md")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].severity == .warning)
    }

    @Test func footnotesAreNumberedByFirstReference() {
        let document = MarkdownReader.read("b[^b] a[^a]\n\n[^a]: A\n\n[^b]: B").document
        #expect(document.footnotes.map(\.label) == ["b", "a"])
        #expect(document.footnotes.map(\.number) == [1, 2])
    }
}
