@testable import DossierCore
import Testing
@testable import DossierTUI

/// Selections started with `v` and grown by motions; snapping to words; the columns
/// a range covers on wrapped lines; up and down through laid-out lines.
@Suite("Selection: selecting text")
struct SelectionTests {
    static let text = SelectionMotionTests.english

    func offset(of needle: String, in text: SelectableText = Self.text) -> Int {
        text.plainText.occurrences(of: needle)[0]
    }

    func selected(_ selection: Selection, in text: SelectableText = Self.text) -> String {
        text.text(in: selection.range(in: text))
    }

    @Test func vStartsOnTheCharacterUnderTheCursor() {
        let selection = Selection(at: TextCursor(offset: offset(of: "Bhutto")))
        #expect(selected(selection) == "B")
        #expect(selection.anchor == offset(of: "Bhutto"))
    }

    @Test func sentenceForwardSelectsWholeSentences() {
        var selection = Selection(at: TextCursor(offset: offset(of: "Mr.")))
        selection = selection.extended(by: .sentenceForward, in: Self.text)
        #expect(selected(selection) == "Mr. Bhutto went to Tashkent in 1966.")
        selection = selection.extended(by: .sentenceForward, in: Self.text)
        #expect(selected(selection) == "Mr. Bhutto went to Tashkent in 1966. The U.S. President was not there.")
        selection = selection.extended(by: .sentenceBackward, in: Self.text)
        #expect(selected(selection) == "Mr. Bhutto went to Tashkent in 1966.")
    }

    @Test func crossingTheAnchorTurnsTheSelectionRound() {
        var selection = Selection(at: TextCursor(offset: offset(of: "Tashkent")))
        selection = selection.extended(by: .sentenceBackward, in: Self.text)
        #expect(selected(selection) == "Mr. Bhutto went to T")
        selection = selection.extended(by: .sentenceForward, in: Self.text)
        #expect(selected(selection) == "Tashkent in 1966.")
        selection = selection.extended(by: .sentenceBackward, in: Self.text)
        #expect(selected(selection) == "Mr. Bhutto went to T")
    }

    @Test func paragraphMotionsSelectWholeBlocks() {
        var selection = Selection(at: TextCursor(offset: offset(of: "Talks")))
        selection = selection.extended(by: .paragraphForward, in: Self.text)
        #expect(selected(selection) == "Talks began at 10 a.m. on Monday! Did they succeed? Yes.")
        selection = selection.extended(by: .paragraphForward, in: Self.text)
        #expect(selected(selection).hasSuffix("Then he left."))
        #expect(selected(selection).contains("\n\nSusan B."))
        selection = selection.extended(by: .paragraphBackward, in: Self.text)
        #expect(selected(selection) == "Talks began at 10 a.m. on Monday! Did they succeed? Yes.")
        selection = selection.extended(by: .paragraphBackward, in: Self.text)
        #expect(selected(selection) == "Mr. Bhutto went to Tashkent in 1966. The U.S. President was not there. T")
    }

    @Test func wordMotionsExtendAndSnapToWholeWords() throws {
        let text = SelectableText(paragraphs: ["The Tashkent Declaration, signed in 1966."])
        var selection = Selection(at: TextCursor(offset: 0))
        selection = selection.extended(by: .wordEnd, in: text).extended(by: .wordEnd, in: text)
        #expect(selected(selection, in: text) == "The Tashkent")
        selection = selection.extended(by: .wordForward, in: text)
        #expect(selected(selection, in: text) == "The Tashkent D")
        #expect(try #require(selection.snappedRange(in: text)).end == offset(of: ",", in: text))
        selection = selection.extended(by: .characterBackward, in: text)
        #expect(selected(selection, in: text) == "The Tashkent ")
        #expect(selection.snappedRange(in: text).map(text.text(in:)) == "The Tashkent")
    }

    @Test func snappingGrowsToWordsAndTrimsSpaces() {
        let text = SelectableText(paragraphs: ["The Tashkent Declaration, signed in 1966.", "中文文本"])
        func snap(_ start: Int, _ end: Int) -> String? {
            text.snappedToWords(TextRange(start: start, end: end)).map(text.text(in:))
        }
        let t = offset(of: "ashkent", in: text)
        #expect(snap(t, t + 12) == "Tashkent Declaration")
        #expect(snap(t - 2, t + 7) == "Tashkent")
        #expect(snap(offset(of: " signed", in: text), offset(of: "in 1966", in: text) + 1) == "signed in")
        #expect(snap(offset(of: ",", in: text), offset(of: ",", in: text) + 2) == ",")
        #expect(snap(offset(of: " in", in: text), offset(of: " in", in: text) + 1) == nil)
        // Ideographs are words of their own: nothing grows.
        let cjk = offset(of: "文文", in: text)
        #expect(snap(cjk, cjk + 2) == "文文")
        // A range ending on the block break is trimmed to the block's text.
        #expect(snap(offset(of: "1966", in: text), offset(of: "中文", in: text)) == "1966.")
    }

    @Test func aWholeSentenceFromTheMiddleOfIt() {
        // v in the middle, ( back to the start, o to swap ends, ) to the end.
        var selection = Selection(at: TextCursor(offset: offset(of: "President")))
        selection = selection.extended(by: .sentenceBackward, in: Self.text)
        #expect(selected(selection) == "The U.S. P")
        selection = selection.swappingEnds()
        #expect(selected(selection) == "The U.S. P")
        selection = selection.extended(by: .sentenceForward, in: Self.text)
        #expect(selected(selection) == "The U.S. President was not there.")
    }

    @Test func selectionsCoveringAUnit() throws {
        let inside = offset(of: "Kronstadt") + 3
        let sentence = try #require(Selection(covering: .sentence, at: inside, in: Self.text))
        #expect(selected(sentence) == "Susan B. Epstein and K. Alan Kronstadt wrote it.")
        #expect(selected(try #require(Selection(covering: .word, at: inside, in: Self.text))) == "Kronstadt")
        let paragraph = try #require(Selection(covering: .paragraph, at: inside, in: Self.text))
        #expect(selected(paragraph).hasSuffix("Then he left."))
        // Growing on from a covered sentence adds the next one.
        #expect(selected(sentence.extended(by: .sentenceForward, in: Self.text)).hasSuffix("wrote it. Z.A. Bhutto paid a visit (i.e. Moscow)."))
        #expect(Selection(covering: .sentence, at: 0, in: SelectableText(paragraphs: [])) == nil)
    }

    @Test func aMouseDragSelectsEitherWay() {
        let from = offset(of: "Tashkent")
        let to = offset(of: "1966")
        let forward = Selection(anchor: from, cursor: to)
        let backward = Selection(anchor: to + 3, cursor: from)
        #expect(selected(forward) == "Tashkent in 1")
        #expect(selected(backward) == "Tashkent in 1966")
        #expect(selected(forward.extended(to: to + 3, in: Self.text)) == "Tashkent in 1966")
    }

    // MARK: Lines and columns

    static let markdown = """
        Pakistan and the Soviet Union established relations in 1948.

        Short.

        巴基斯坦和苏联建交。两国关系发展缓慢。
        """

    func laidOut(width: Int) -> (text: SelectableText, lines: [WrappedLine]) {
        let document = MarkdownReader.read(Self.markdown).document
        return (SelectableText(document: document), ArticleLayout(width: width).allLines(of: document).map(\.line))
    }

    @Test func upAndDownKeepTheGoalColumnAndSkipBlankLines() {
        let (text, lines) = laidOut(width: 20)
        #expect(lines.map(\.text) == [
            "Pakistan and the", "Soviet Union", "established", "relations in 1948.", "",
            "Short.", "", "巴基斯坦和苏联建交。", "两国关系发展缓慢。",
        ])
        var cursor = TextCursor(offset: text.plainText.occurrences(of: "the")[0])
        cursor = cursor.moved(lines: 1, in: lines, index: LineSourceIndex(lines.map(\.source)), text: text)
        #expect(text.text(in: TextRange(start: cursor.offset, end: cursor.offset + 3)) == "n e")
        cursor = cursor.moved(lines: 2, in: lines, index: LineSourceIndex(lines.map(\.source)), text: text)
        #expect(text.text(in: TextRange(start: cursor.offset, end: cursor.offset + 4)) == "1948")
        cursor = cursor.moved(lines: 1, in: lines, index: LineSourceIndex(lines.map(\.source)), text: text)
        #expect(text.text(in: TextRange(start: cursor.offset, end: cursor.offset + 1)) == ".")
        // The goal column survives the short line: on the CJK line, column 13 is the
        // right half of 联, which starts at column 12.
        cursor = cursor.moved(lines: 1, in: lines, index: LineSourceIndex(lines.map(\.source)), text: text)
        #expect(text.text(in: TextRange(start: cursor.offset, end: cursor.offset + 1)) == "联")
        #expect(cursor.goalColumn == 13)
        // Moving further than there are lines stops on the last one.
        let last = cursor.moved(lines: 5, in: lines, index: LineSourceIndex(lines.map(\.source)), text: text)
        #expect(text.text(in: TextRange(start: last.offset, end: last.offset + 1)) == "缓")
        #expect(last.moved(lines: 1, in: lines, index: LineSourceIndex(lines.map(\.source)), text: text) == last)
        cursor = cursor.moved(lines: -4, in: lines, index: LineSourceIndex(lines.map(\.source)), text: text)
        #expect(text.text(in: TextRange(start: cursor.offset, end: cursor.offset + 3)) == "n e")
    }

    @Test func columnsOfARangeOnWideAndNarrowText() throws {
        let (text, lines) = laidOut(width: 20)
        let cjkLine = lines[7]
        let start = text.plainText.occurrences(of: "苏联")[0]
        #expect(LineColumns.column(of: start, in: cjkLine) == 10)
        #expect(LineColumns.columns(of: start..<(start + 2), in: cjkLine) == [10..<14])
        let sovietLine = lines[1]
        let soviet = text.plainText.occurrences(of: "Soviet Union")[0]
        // A range running past the line's end covers only what the line shows.
        #expect(LineColumns.columns(of: (soviet + 7)..<(soviet + 30), in: sovietLine) == [7..<12])
        #expect(LineSourceIndex(lines.map(\.source)).lineDrawing(soviet + 12, in: lines) == 1)   // the space dropped at the wrap
        let clicked = try #require(TextCursor.at(column: 15, of: sovietLine, text: text))
        #expect(clicked.offset == soviet + 11)
    }

    @Test func selectionColumnsAcrossLines() {
        let (text, lines) = laidOut(width: 20)
        var selection = Selection(at: TextCursor(offset: text.plainText.occurrences(of: "the")[0]))
        selection = selection.extended(lines: 1, in: lines, index: LineSourceIndex(lines.map(\.source)), text: text)
        let range = selection.range(in: text)
        #expect(text.text(in: range) == "the Soviet Union")
        #expect(LineColumns.columns(of: range.start..<range.end, in: lines[0]) == [13..<16])
        #expect(LineColumns.columns(of: range.start..<range.end, in: lines[1]) == [0..<12])
    }
}
