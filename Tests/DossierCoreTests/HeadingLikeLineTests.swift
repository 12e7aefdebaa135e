import Testing
@testable import DossierCore

/// `#Word` without a space is text, not a heading; `check --warnings` points at it.
@Suite struct HeadingLikeLineTests {
    @Test func warnsAtTheLineAndColumnOfAGluedHash() {
        let body = "Intro paragraph.\n\n#The name\n\nText with #hashtag inside.\n\n## Real heading\n\n> ##Quoted\n\n\\#Escaped\n"
        let result = MarkdownReader.read(body, file: "articles/a.md", firstLine: 7)
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map(\.description) == [
            "articles/a.md:9:1: warning: '#' glued to a word is not a heading: write '# ' with a space for a heading, or '\\#' for a literal '#'",
            "articles/a.md:15:3: warning: '##' glued to a word is not a heading: write '## ' with a space for a heading, or '\\#' for a literal '#'",
        ])
        #expect(result.document.blocks.filter(\.isHeading).map(\.text) == ["Real heading"])
    }
}
