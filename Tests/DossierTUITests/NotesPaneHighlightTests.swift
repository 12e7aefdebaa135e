@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// The reading pane's note highlights: which stretches of a line carry which
/// annotation's style, and how they are laid over a drawn line.
@Suite("Notes pane: highlights in the reading pane")
struct NotesPaneHighlightTests {
    typealias F = NotesPaneFixture

    static let lines = ArticleLayout(width: 30).allLines(of: F.document).map(\.line)

    func offset(_ needle: String) -> Int { F.document.plainText.occurrences(of: needle)[0] }

    @Test func orphansAreNotHighlighted() {
        let highlights = NoteHighlights(F.annotations)
        #expect(highlights.entries.map(\.id) == [F.id(1), F.id(2), F.id(3), F.id(4), F.id(5)])
        #expect(highlights.entries(at: offset("improved")).isEmpty)
        #expect(highlights.entries(at: offset("Declaration")).map(\.id) == [F.id(2)])
    }

    @Test func aLongPassageStartingEarlierIsFound() {
        let paragraph = F.document.blocks[2].range
        let long = F.annotation(9, F.document.plainText.text(in: paragraph), kind: .note)
        let highlights = NoteHighlights([long] + F.annotations)
        let end = paragraph.end - 3
        #expect(highlights.entries(overlapping: end..<(end + 1)).map(\.id) == [F.id(9)])
    }

    @Test func overlappingAnnotationsSplitAndTheStrongerKindShows() {
        let highlight = F.annotation(10, "the Tashkent Declaration was signed", kind: .highlight)
        let question = F.annotation(11, "Declaration", kind: .question)
        let highlights = NoteHighlights([highlight, question])
        let source = F.document.blocks[2].range
        let spans = HighlightSpans.sourceSpans(in: source.start..<source.end, highlights: highlights)
        let text = spans.map { (F.document.plainText.text(in: TextRange(start: $0.range.lowerBound, end: $0.range.upperBound)), $0.kind) }
        #expect(text.map(\.0) == ["the Tashkent ", "Declaration", " was signed"])
        #expect(text.map(\.1) == [.highlight, .question, .highlight])
        #expect(spans[1].ids == [F.id(10), F.id(11)])
    }

    @Test func spansCoverTheColumnsOfEachLine() throws {
        let highlights = NoteHighlights(F.annotations)
        let theme = Theme.standard(for: .palette256)
        // "In 1966 the Tashkent" / "Declaration was signed. The" / "Soviet Union mediated between"
        let lines = Self.lines
        let first = try #require(lines.firstIndex { $0.text.hasPrefix("In 1966") })
        #expect(lines[first].text == "In 1966 the Tashkent")
        let spans = HighlightSpans.spans(for: lines[first], highlights: highlights, theme: theme)
        #expect(spans.map(\.columns) == [[12..<20]])
        #expect(spans.first?.style == theme.noteHighlight)
        let second = HighlightSpans.spans(for: lines[first + 1], highlights: highlights, theme: theme)
        #expect(lines[first + 1].text == "Declaration was signed. The")
        #expect(second.map(\.columns) == [[0..<11], [12..<22], [24..<27]])
        #expect(second.map(\.kind) == [.highlight, .question, .note])
    }

    @Test func applyingLaysTheStylesOverTheDrawnLine() throws {
        let theme = Theme.standard(for: .palette256)
        let highlights = NoteHighlights(F.annotations)
        let line = try #require(Self.lines.first { $0.text.hasPrefix("Declaration") })
        var buffer = ScreenBuffer(width: 32, height: 1)
        let origin = Point(x: 2, y: 0)
        line.render(into: &buffer, at: origin, maxWidth: 30)
        HighlightSpans.apply(HighlightSpans.spans(for: line, highlights: highlights, theme: theme), to: &buffer, origin: origin, maxWidth: 30)
        #expect(buffer.textLines() == ["  Declaration was signed. The"])
        #expect(buffer[2, 0].style == theme.annotationStyle(for: .highlight))
        #expect(buffer[13, 0].style == .plain)
        #expect(buffer[14, 0].style == theme.annotationStyle(for: .question))
        #expect(buffer[28, 0].style == theme.annotationStyle(for: .note))
        // The selection is drawn the same way.
        let start = offset("signed")
        HighlightSpans.apply(theme.selection, over: start..<(start + 6), of: line, to: &buffer, origin: origin)
        #expect((18..<24).allSatisfy { buffer[$0, 0].style.attributes.contains(.reverse) })
        #expect(!buffer[17, 0].style.attributes.contains(.reverse))
        #expect(!buffer[24, 0].style.attributes.contains(.reverse))
    }

    @Test func wideCharactersAreCoveredWhole() {
        let document = MarkdownReader.read("巴基斯坦和苏联建交。").document
        let quote = "苏联"
        let start = document.plainText.occurrences(of: quote)[0]
        let annotation = Annotation(collection: "c", article: "a", selectors: Anchor.selectors(for: start..<(start + 2), in: document.plainText.string)!, kind: .note)
        let line = ArticleLayout(width: 30).allLines(of: document)[0].line
        let spans = HighlightSpans.spans(for: line, highlights: NoteHighlights([annotation]), theme: .monochrome)
        #expect(spans.map(\.columns) == [[10..<14]])
    }

    @Test func theKindsLookDifferentOnEveryTheme() {
        for theme in [Theme.standard(for: .palette256), .standard(for: .eight), .monochrome] {
            let styles = AnnotationKind.allCases.map(theme.annotationStyle(for:))
            #expect(Set(styles).count == 3)
            // Told apart by attributes alone too (for NO_COLOR and colour-blind eyes)…
            #expect(Set(styles.map(\.attributes)).count == 3)
            // …and, where there is colour, each kind has its own.
            if !theme.isMonochrome { #expect(Set(styles.map(\.background)).count == 3) }
        }
    }

    @Test func aSegmentPatchMarksWholeSegments() throws {
        let line = try #require(Self.lines.first { $0.text.hasPrefix("In 1966") })
        let patch = HighlightSpans.segmentPatch(highlights: NoteHighlights(F.annotations), theme: .monochrome)
        #expect(line.segments.compactMap(patch) == [Theme.monochrome.noteHighlight])
    }
}
