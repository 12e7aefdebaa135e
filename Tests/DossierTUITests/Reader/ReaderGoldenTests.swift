@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// Whole screens of the reader on the bundled collection, compared with text files in
/// `Golden/` (`DOSSIER_UPDATE_GOLDEN=1` rewrites them after a look).
@Suite("Reader: golden screens")
struct ReaderGoldenTests {
    /// hanif's Introduction, as the end-to-end test reaches it.
    func hanifIntroduction(width: Int = 120, height: Int = 40) -> AppState {
        var state = ReaderFixture.state(width: width, height: height)
        ReaderFixture.press(ReaderFixture.openThirdArticle, on: &state)
        // On a narrow screen the browser folds away after opening; unfold it again.
        if state.focus != .browser { ReaderFixture.press([.character("1")], on: &state) }
        ReaderFixture.press([.character("j"), .character("j"), .enter, .character("2")], on: &state)
        return state
    }

    /// An annotation on the first occurrence of `quote` in `article`, made at a fixed time.
    static func note(_ n: Int, _ article: String, _ quote: String, kind: AnnotationKind, body: String = "") -> Annotation {
        let document = ReaderFixture.collection.article(withID: article)!.read().document
        let start = document.plainText.occurrences(of: quote)[0]
        let selectors = Anchor.selectors(for: start..<(start + quote.unicodeScalars.count), in: document.plainText.string)!
        return Annotation(id: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))!, collection: ReaderFixture.notesKey,
                          article: article, selectors: selectors, kind: kind, body: body, created: Date(timeIntervalSince1970: 1_750_000_000 + Double(n)))
    }

    /// Notes on hanif's Introduction: a highlight, a note linking an event, a question, and
    /// a note elsewhere linking to the first note by its title.
    static let introductionNotes = [
        note(1, "hanif", NotesHarness.firstSentence, kind: .note, body: "# Cold War unease\nGenerally uneasy, says hanif."),
        note(2, "hanif", "After Cold War's end and USSR's disintegration in 1991", kind: .note,
             body: "The break-up, as this article tells it: [[event:soviet-dissolution-1991]]"),
        note(3, "hanif", "oil and gas revenues", kind: .highlight),
        note(4, "hanif", "re-asserting its position", kind: .question, body: "Which vetoes?"),
        note(5, "hussain", "Pak-Russian relations have been marred", kind: .note, body: "Compare [[Cold War unease]] and [[section:hanif#introduction]]"),
    ]

    /// hanif's Introduction with ``introductionNotes`` in the notes database.
    func hanifWithNotes(width: Int = 120, height: Int = 40) throws -> AppState {
        let harness = try NotesHarness(width: width, height: height) { _ in Self.introductionNotes }
        harness.openHanifIntroduction()
        return harness.state
    }

    @Test func notesHighlightedAndListed120x40() throws {
        let state = try hanifWithNotes()
        let screen = ReaderFixture.render(state)
        Golden.check(screen, "reader-notes-120x40")
        let theme = Theme.standard(for: .palette256)
        let lines = screen.textLines()
        // Notes and highlights carry the note style, questions too, by exact columns.
        for (quote, style) in [("oil and gas", theme.annotationStyle(for: .highlight)), ("re-asserting its", theme.annotationStyle(for: .question))] {
            let row = try #require(lines.firstIndex { $0.contains(quote) })
            let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: quote)!.lowerBound)
            #expect(screen[column, row].style.background == style.background)
            #expect(screen[column, row].style.attributes.isSuperset(of: style.attributes))
            #expect(screen[column - 1, row].style.background != style.background)
        }
        // The event the second note links to carries the note mark in the timeline.
        #expect(lines.contains { $0.contains("✎1991  The dissolution of the") })
    }

    @Test func notesPane80x24() throws {
        var state = try hanifWithNotes(width: 80, height: 24)
        ReaderFixture.press([.character("4"), .character("j")], on: &state)
        Golden.check(ReaderFixture.render(state), "reader-notes-pane-80x24")
    }

    @Test func selecting80x24() throws {
        var state = try hanifWithNotes(width: 80, height: 24)
        ReaderFixture.press([.character("c"), .character(")"), .character(")"), .character(")"), .character("v"), .character(")")], on: &state)
        Golden.check(ReaderFixture.render(state), "reader-selecting-80x24")
    }

    @Test func noteEditor80x24() throws {
        var state = try hanifWithNotes(width: 80, height: 24)
        ReaderFixture.press([.character("c"), .character(")"), .character(")"), .character(")"), .character("v"), .character(")"), .character("a")], on: &state)
        ReaderFixture.type("Its economy: see [[event:soviet-dissolution-1991]]", on: &state)
        Golden.check(ReaderFixture.render(state), "reader-note-editor-80x24")
    }

    @Test func relatedWithNotes120x40() throws {
        // The list reads the notes about the event from the database as it opens: the harness's.
        let harness = try NotesHarness { _ in Self.introductionNotes }
        harness.openHanifIntroduction()
        harness.state.timelinePane.selectedEventID = "soviet-dissolution-1991"
        harness.press(.character("3"), .character("r"))
        Golden.check(harness.render(), "reader-related-notes-120x40")
    }

    @Test func firstScreen120x40() {
        Golden.check(ReaderFixture.render(ReaderFixture.state()), "reader-first-120x40")
    }

    @Test func firstScreenBeforeTheTimeline120x40() {
        Golden.check(ReaderFixture.render(ReaderFixture.state(timeline: false)), "reader-loading-120x40")
    }

    @Test func main120x40() {
        Golden.check(ReaderFixture.render(hanifIntroduction()), "reader-main-120x40")
    }

    @Test func timelineFocused120x40() {
        var state = hanifIntroduction()
        ReaderFixture.press([.character("3")], on: &state)
        Golden.check(ReaderFixture.render(state), "reader-timeline-120x40")
    }

    @Test func help120x40() {
        var state = hanifIntroduction()
        ReaderFixture.press([.character("?")], on: &state)
        Golden.check(ReaderFixture.render(state), "reader-help-120x40")
    }

    @Test func marks80x24() {
        var state = hanifIntroduction(width: 80, height: 24)
        ReaderFixture.press([.character("m"), .character("i"), .character("9"), .character("j"), .character("m"), .character("b"),
                             .character("M"), .character("j")], on: &state)
        Golden.check(ReaderFixture.render(state), "reader-marks-80x24")
        // A count being typed shows in the status line.
        ReaderFixture.press([.escape, .character("0"), .character("1"), .character("5")], on: &state)
        #expect(ReaderFixture.render(state).textLines().last?.contains("Count 15: the next motion") == true)
    }

    @Test func collectionSearch120x40() {
        var state = hanifIntroduction()
        ReaderFixture.press([.character("s")], on: &state)
        ReaderFixture.type("Tashkent", on: &state)
        ReaderFixture.press([.enter], on: &state)
        Golden.check(ReaderFixture.render(state), "reader-search-120x40")
    }

    @Test func reading80x24() {
        Golden.check(ReaderFixture.render(hanifIntroduction(width: 80, height: 24)), "reader-main-80x24")
    }

    @Test func browserUnfolded80x24() {
        var state = hanifIntroduction(width: 80, height: 24)
        ReaderFixture.press([.character("1")], on: &state)
        Golden.check(ReaderFixture.render(state), "reader-browser-80x24")
    }

    @Test func footnote80x24() throws {
        var state = hanifIntroduction(width: 80, height: 24)
        let layout = try #require(state.laidOutArticle)
        let line = try #require(layout.lines.indices.first { $0 >= state.reading.topLine && !layout.footnoteLabels(onLine: $0).isEmpty })
        ReaderFixture.press(Array(repeating: .character("j"), count: line - state.reading.cursorLine) + [.enter], on: &state)
        Golden.check(ReaderFixture.render(state), "reader-footnote-80x24")
    }

    @Test func tooSmall30x8() {
        Golden.check(ReaderFixture.render(hanifIntroduction(width: 30, height: 8)), "reader-too-small-30x8")
    }

    @Test func monochromeUsesAttributesOnly() {
        let screen = ReaderFixture.render(hanifIntroduction(), colors: .monochrome)
        #expect(screen.cells.allSatisfy { $0.style.foreground == .terminalDefault && $0.style.background == .terminalDefault })
        #expect(screen.cells.contains { $0.style.attributes.contains(.reverse) })
    }
}
