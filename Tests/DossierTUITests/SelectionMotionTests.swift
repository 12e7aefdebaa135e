@testable import DossierCore
import Testing
@testable import DossierTUI

/// Cursor motions over plain text: characters, words (w/b/e), sentences ( ( and ) ),
/// paragraphs ( { and } ), on English with abbreviations, on CJK and across blocks.
@Suite("Selection: cursor motions")
struct SelectionMotionTests {
    /// The text from `offset` to the end of its block (what the cursor is on).
    func rest(_ text: SelectableText, _ offset: Int) -> String {
        let block = text.blocks.first { $0.start <= offset && offset < $0.end } ?? TextRange(start: offset, end: offset)
        return text.text(in: TextRange(start: offset, end: block.end))
    }

    /// Offsets visited by pressing `motion` repeatedly from the first stop, as the
    /// text that follows the cursor, cut to `width` characters.
    func walk(_ text: SelectableText, _ motion: TextMotion, from start: Int? = nil, steps: Int, width: Int = 12) -> [String] {
        var cursor = TextCursor(offset: start ?? text.firstStop)
        var result: [String] = []
        for _ in 0..<steps {
            cursor = cursor.moved(motion, in: text)
            result.append(String(rest(text, cursor.offset).prefix(width)))
        }
        return result
    }

    static let english = SelectableText(paragraphs: [
        "Relations",
        "Mr. Bhutto went to Tashkent in 1966. The U.S. President was not there. Talks began at 10 a.m. on Monday! Did they succeed? Yes.",
        "Susan B. Epstein and K. Alan Kronstadt wrote it. Z.A. Bhutto paid a visit (i.e. Moscow). He said \"Go.\" Then he left.",
    ])

    @Test func wordForwardStopsAtWordsAndPunctuation() {
        let text = SelectableText(paragraphs: ["Pakistan’s ties—with the USSR, e.g. trade."])
        #expect(walk(text, .wordForward, steps: 9, width: 6) == ["ties—w", "—with ", "with t", "the US", "USSR, ", ", e.g.", "e.g. t", ".g. tr", "g. tra"])
    }

    @Test func wordEndAndBack() {
        let text = SelectableText(paragraphs: ["The Tashkent Declaration, signed"])
        #expect(walk(text, .wordEnd, steps: 4, width: 3) == ["e T", "t D", "n, ", ", s"])
        let end = text.lastStop
        #expect(walk(text, .wordBackward, from: end, steps: 4, width: 8) == ["signed", ", signed", "Declarat", "Tashkent"])
    }

    @Test func wordsCrossBlocksWithoutStoppingBetweenThem() {
        let text = SelectableText(paragraphs: ["One two", "Three"])
        #expect(walk(text, .wordForward, steps: 3) == ["two", "Three", "e"])
        // Past the last word, w stays on the last character.
        #expect(text.target(of: .wordForward, from: text.lastStop) == text.lastStop)
        #expect(walk(text, .wordBackward, from: text.lastStop, steps: 3) == ["Three", "two", "One two"])
    }

    @Test func charactersMoveByClusterAndSkipBlockBreaks() {
        let text = SelectableText(paragraphs: ["ab🇵🇰e\u{301}", "c"])
        #expect(walk(text, .characterForward, steps: 5, width: 3) == ["b🇵🇰e\u{301}", "🇵🇰e\u{301}", "e\u{301}", "c", "c"])
        #expect(walk(text, .characterBackward, from: text.lastStop, steps: 2, width: 3) == ["e\u{301}", "🇵🇰e\u{301}"])
        // The cursor never rests on the "\n\n" between blocks.
        #expect(text.stop(nearest: 7) == 8)
        #expect(!text.isStop(6))
    }

    @Test func sentencesSkipAbbreviationsAndInitials() {
        let starts = walk(Self.english, .sentenceForward, steps: 11, width: 10)
        #expect(starts == [
            "Mr. Bhutto", "The U.S. P", "Talks bega", "Did they s", "Yes.",
            "Susan B. E", "Z.A. Bhutt", "He said \"G", "Then he le", ".", ".",
        ])
    }

    @Test func sentenceBackwardGoesToThisSentenceStartThenThePrevious() {
        let text = Self.english
        let inside = text.plainText.occurrences(of: "President")[0]
        var cursor = TextCursor(offset: inside)
        cursor = cursor.moved(.sentenceBackward, in: text)
        #expect(rest(text, cursor.offset).hasPrefix("The U.S. President"))
        cursor = cursor.moved(.sentenceBackward, in: text)
        #expect(rest(text, cursor.offset).hasPrefix("Mr. Bhutto"))
        cursor = cursor.moved(.sentenceBackward, in: text)
        #expect(rest(text, cursor.offset) == "Relations")
    }

    @Test func sentenceRanges() throws {
        let text = Self.english
        let offset = text.plainText.occurrences(of: "Kronstadt")[0]
        let range = try #require(text.range(of: .sentence, containing: offset))
        #expect(text.text(in: range) == "Susan B. Epstein and K. Alan Kronstadt wrote it.")
        let quoted = try #require(text.range(of: .sentence, containing: text.plainText.occurrences(of: "said")[0]))
        #expect(text.text(in: quoted) == "He said \"Go.\"")
    }

    @Test func abbreviationHeuristics() {
        #expect(Abbreviations.isAbbreviation("Mr"))
        #expect(Abbreviations.isAbbreviation("U.S"))
        #expect(Abbreviations.isAbbreviation("e.g"))
        #expect(Abbreviations.isAbbreviation("K"))
        #expect(!Abbreviations.isAbbreviation("1966"))
        #expect(!Abbreviations.isAbbreviation("Tashkent"))
        #expect(!Abbreviations.isAbbreviation("no"))
        #expect(Abbreviations.isAbbreviation("No", beforeNumber: true))
        let text = SelectableText(paragraphs: ["See No. 5 of the list. I said no. Then we left."])
        #expect(walk(text, .sentenceForward, steps: 2, width: 8) == ["I said n", "Then we "])
    }

    @Test func cjkSentencesAndWords() {
        let text = SelectableText(paragraphs: ["巴基斯坦和苏联建交。两国关系「发展」缓慢！Pakistan 很好。"])
        #expect(walk(text, .sentenceForward, steps: 3, width: 4) == ["两国关系", "Paki", "。"])
        // Each ideograph is a word of its own; a run of Latin letters is one word.
        #expect(walk(text, .wordForward, steps: 3, width: 2) == ["基斯", "斯坦", "坦和"])
        let latin = text.plainText.occurrences(of: "Pakistan")[0]
        #expect(rest(text, text.target(of: .wordForward, from: latin)).hasPrefix("很好"))
        #expect(rest(text, text.target(of: .wordEnd, from: latin)).hasPrefix("n 很"))
        let range = text.range(of: .sentence, containing: text.plainText.occurrences(of: "发展")[0])
        #expect(range.map(text.text(in:)) == "两国关系「发展」缓慢！")
    }

    @Test func paragraphsForwardAndBack() {
        let text = Self.english
        #expect(walk(text, .paragraphForward, steps: 3, width: 6) == ["Mr. Bh", "Susan ", "."])
        let inside = text.plainText.occurrences(of: "Alan")[0]
        #expect(walk(text, .paragraphBackward, from: inside, steps: 3, width: 6) == ["Susan ", "Mr. Bh", "Relati"])
    }

    @Test func realArticleMotionsStayInsideBlocks() throws {
        let article = try #require(ReaderFixture.collection.article(withID: "hussain"))
        let document = article.read().document
        let text = SelectableText(document: document)
        // Walk the whole article by sentences: every stop is a cluster start in a block,
        // and the walk ends on the last character.
        var cursor = TextCursor(offset: text.firstStop)
        var steps = 0
        while true {
            let next = cursor.moved(.sentenceForward, in: text)
            #expect(text.isStop(next.offset))
            if next == cursor { break }
            #expect(next.offset > cursor.offset)
            cursor = next
            steps += 1
        }
        #expect(steps > 50)
        #expect(cursor.offset == text.lastStop)
        // "Z.A. Bhutto" does not end a sentence.
        let zab = try #require(text.plainText.occurrences(of: "Z.A. Bhutto paid").first)
        let sentence = try #require(text.range(of: .sentence, containing: zab + 6))
        #expect(text.text(in: sentence).hasPrefix("In 1974, as Prime minister, Z.A. Bhutto paid a state visit to Moscow"))
    }
}
