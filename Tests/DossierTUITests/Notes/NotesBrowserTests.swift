@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// The notes browser (`A`) on the bundled collection with notes in a real database: the
/// list comes from the store's query at every key typed.
@Suite("Reader: the notes browser")
struct NotesBrowserTests {
    typealias H = NotesHarness

    /// Four notes in three articles, with fixed dates (the steel mill's is the newest).
    static func notes(_ h: NotesHarness) -> [Annotation] {
        var notes = [
            h.annotation("hanif", quote: H.firstSentence, body: "# Cold War unease\nRelations stayed cool until the 1970s."),
            h.annotation("hanif", quote: H.secondSentence, kind: .question, body: "Is Russia really a *major* power again?"),
            h.annotation("chronology", quote: "Tashkent Declaration", kind: .highlight),
            h.annotation("hussain", quote: "The Pakistan Steel Mill of Karachi", body: "The steel mill: Soviet aid made concrete.\n\nSee the 1970s."),
        ]
        notes[0].tags = ["cold-war"]
        notes[3].tags = ["economy", "cold-war"]
        for index in notes.indices {
            notes[index].created = Date(timeIntervalSince1970: 1_780_000_000 + Double(index) * 86_400)
            notes[index].modified = notes[index].created
        }
        notes[3].modified = Date(timeIntervalSince1970: 1_790_000_000)
        return notes
    }

    var listed: (NotesHarness) -> [String] = { h in
        guard case .notesBrowser(let browser)? = h.state.overlay else { return [] }
        return browser.notes?.map { $0.article + ":" + $0.kind.rawValue } ?? []
    }

    @Test func typingFiltersTheListAndNarrowsByKindTagArticleAndStatus() throws {
        let h = try NotesHarness(annotations: Self.notes)
        h.press(.character("A"))
        #expect(h.state.overlay.map { if case .notesBrowser = $0 { true } else { false } } == true)
        #expect(listed(h) == ["chronology:highlight", "hanif:note", "hanif:question", "hussain:note"])
        h.type("1970S")
        #expect(listed(h) == ["hanif:note", "hussain:note"])
        h.type(" #cold-war article:hussain")
        #expect(listed(h) == ["hussain:note"])
        for _ in 0..<" #cold-war article:hussain 1970S".count { h.press(.backspace) }
        h.type("kind:question")
        #expect(listed(h) == ["hanif:question"])
        h.press(.backspace)
        h.type("n russia")
        #expect(listed(h) == ["hanif:question"])
        for _ in 0..<"kind:question russia".count { h.press(.backspace) }
        h.type("status:orphaned")
        #expect(listed(h).isEmpty)
        #expect(h.render().text.contains("No notes match"))
        // Letters the reader binds (q, j, k, ?) are typed; Esc closes.
        for _ in 0..<"status:orphaned".count { h.press(.backspace) }
        h.type("q?jk")
        guard case .notesBrowser(let browser)? = h.state.overlay else { Issue.record("closed by a typed key"); return }
        #expect(browser.text == "q?jk")
        h.press(.escape)
        #expect(h.state.overlay == nil)
    }

    @Test func ctrlTSwitchesToNewestFirstKeepingTheSelectedNote() throws {
        let h = try NotesHarness(annotations: Self.notes)
        h.press(.character("A"), .down, .down)
        guard case .notesBrowser(let before)? = h.state.overlay else { Issue.record("not open"); return }
        #expect(before.selected?.kind == .question)
        h.press(.control("t"))
        guard case .notesBrowser(let after)? = h.state.overlay else { Issue.record("not open"); return }
        #expect(after.order == .date)
        #expect(listed(h) == ["hussain:note", "chronology:highlight", "hanif:question", "hanif:note"])
        #expect(after.selected?.id == before.selected?.id)
        #expect(h.render().text.contains("newest first"))
        h.press(.control("t"))
        #expect(listed(h) == ["chronology:highlight", "hanif:note", "hanif:question", "hussain:note"])
    }

    @Test func enterJumpsToThePassageInHistoryAndBackReturns() throws {
        let h = try NotesHarness(annotations: Self.notes)
        h.openHanifIntroduction()
        let article = h.state.reading.articleID
        let top = h.state.reading.topLine
        h.press(.character("A"))
        h.type("steel")
        h.press(.enter)
        #expect(h.state.overlay == nil)
        #expect(h.state.reading.articleID == "hussain")
        #expect(h.state.focus == .reading)
        let layout = try #require(h.state.laidOutArticle)
        #expect(layout.lines[h.state.reading.cursorLine].line.text.contains("Steel Mill"))
        h.press(.control("o"))
        #expect(h.state.reading.articleID == article)
        #expect(h.state.reading.topLine == top)
    }

    @Test func ctrlDScrollsTheSelectedNoteWholeInThePreview() throws {
        let long = (1...40).map { "Line \($0) of a long note." }.joined(separator: "\n")
        let h = try NotesHarness(width: 80, height: 24) { [$0.annotation("hanif", quote: H.firstSentence, body: long)] }
        h.press(.character("A"))
        #expect(h.render().text.contains("Line 1 of a long note."))
        for _ in 0..<20 { h.press(.control("d")) }
        let screen = h.render().text
        #expect(screen.contains("Line 40 of a long note."))
        #expect(!screen.contains("Line 1 of a long note."))
        h.press(.down)
        guard case .notesBrowser(let browser)? = h.state.overlay else { Issue.record("not open"); return }
        #expect(browser.previewTop > 0, "one note only: the selection stays, and so does the preview")
    }

    @Test func goldenAt120x40And80x24() throws {
        for (width, height) in [(120, 40), (80, 24)] {
            let h = try NotesHarness(width: width, height: height, annotations: Self.notes)
            h.press(.character("A"), .down)
            Golden.check(h.render(), "notes-browser-\(width)x\(height)")
        }
        let h = try NotesHarness(annotations: Self.notes)
        h.press(.character("A"), .control("t"))
        h.type("cold-war")
        Golden.check(h.render(), "notes-browser-date-cold-war-120x40")
    }
}
