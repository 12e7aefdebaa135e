import DossierCore
import Foundation
import Testing
@testable import DossierTUI

/// Fitting text into columns.
@Suite struct TextFitTests {
    /// `foldedLine` folds only as far as the line shows; what it gives is what folding the
    /// whole text and cutting it gives, for every paragraph of the bundled articles and for
    /// hostile text (controls, bidirectional overrides, combining marks, wide characters,
    /// zero-width runs), at every width up to 70.
    @Test func aFoldedLineIsTheWholeTextFoldedAndCut() {
        var texts = [
            "", "   ", "\n\n", "one", "  Pakistan\n\tand   Russia ", "a\u{1B}]0;pwned\u{7} b", "\u{202E}evil\u{202C} text  here",
            String(repeating: "e\u{301}", count: 90), String(repeating: "中", count: 50), "👩\u{200D}💻 " + String(repeating: "ab ", count: 40),
            String(repeating: "\u{200B}", count: 200) + "visible", "x" + String(repeating: "\u{9B}", count: 100),
            "\u{7}\u{7}\u{7} spaces\u{2028}and\u{2029}separators",
            String(repeating: "one two  three\r\n\tfour ", count: 12), " a b c d e f g h i j k l m n o p q r s t u v w x y z " + String(repeating: "x", count: 80),
            "plain ASCII until \u{301}here", "word\u{301} " + String(repeating: "w ", count: 40), String(repeating: "y", count: 69) + "\u{301}",
        ]
        for article in ReaderFixture.collection.articles {
            texts += article.read().document.blocks.map(\.text).prefix(40)
        }
        for text in texts {
            for width in 1...70 {
                let whole = TextFit.truncated(text.split(whereSeparator: \.isWhitespace).joined(separator: " "), width: width)
                #expect(TextFit.foldedLine(text, width: width) == whole, "width \(width): \(text.prefix(40).debugDescription)")
            }
        }
    }
}
