import Foundation
import Testing
@testable import DossierCore

/// Where the front matter ends: a `---` or `...` line, spaces and tabs around it allowed.
@Suite struct FrontMatterSplitTests {
    /// The lines are trimmed as Foundation's `trimmingCharacters(in: .whitespaces)` trims them
    /// (tab, every Unicode space separator and U+200B, nothing else), read from the ends only.
    @Test func linesAreTrimmedAsFoundationTrimsThem() {
        let spaces = ["", " ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{202F}", " \t\u{205F}", "\u{200B}"]
        let others = ["\u{200C}", "\u{301}", "\u{85}", "x", "\u{FEFF}", "\u{2028}", "\n"]
        for marker in ["---", "...", "--", "title: a b", "", "- - -", "---\u{301}"] {
            for before in spaces + others {
                for after in spaces + others {
                    let line = before + marker + after
                    #expect(FrontMatter.trimmedOfSpaces(line[...]) == line.trimmingCharacters(in: .whitespaces)[...], "\(line.debugDescription)")
                }
            }
        }
    }

    /// A closing line with spaces of any kind around it still closes the front matter.
    @Test func aClosingLineMayHaveSpacesAround() throws {
        guard case .success(let split) = FrontMatter.split("\u{A0}---\t\nid: a\n\u{3000}...  \nBody.\n") else {
            Issue.record("not split")
            return
        }
        #expect(split.yaml == "id: a")
        #expect(split.body == "Body.\n")
        #expect(split.bodyFirstLine == 4)
    }
}
