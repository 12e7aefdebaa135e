@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// The note editor popup drawn into a buffer, compared with text files in `Golden/`
/// (`DOSSIER_UPDATE_GOLDEN=1` rewrites them after a look).
@Suite("Note editor: golden screens")
struct NoteEditorGoldenTests {
    static let quote = "In 1966 the Tashkent Declaration, brokered by the Soviet Union, ended the war between India and Pakistan and opened a period of cautious cordiality between Moscow and Rawalpindi."

    func render(_ state: NoteEditorState, _ size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        NoteEditorView(state: state, theme: .standard(for: .palette256)).render(into: &buffer, area: buffer.area)
        return buffer
    }

    func editor(_ body: String = "", kind: AnnotationKind = .note, size: Size) -> NoteEditorState {
        NoteEditorState(purpose: .create(article: "hanif", range: TextRange(start: 0, end: 10), kind: kind), quote: Self.quote, body: body, screen: size)
    }

    @Test func newNote80x24() {
        let size = Size(width: 80, height: 24)
        Golden.check(render(editor(size: size), size), "note-editor-new-80x24")
    }

    @Test func writtenNote80x24() throws {
        let size = Size(width: 80, height: 24)
        var state = editor(size: size)
        state.insert("""
            # Why Tashkent mattered
            The Soviet Union acted as a mediator for the first time in South Asia, see [[event:tashkent-declaration]] and [[entity:alexei-kosygin]].
            - Compare [[section:hanif#introduction]]
              with the later rapprochement
            塔什干宣言：苏联首次在南亚充当调停人。
            """)
        state.handle(.up)
        #expect(state.isDirty)
        let buffer = render(state, size)
        Golden.check(buffer, "note-editor-text-80x24")
        // Up from the end of the CJK line (column 38) lands at the end of the shorter
        // line above (column 30, fifth text row); the text area starts at (4, 7). The
        // cursor is drawn reversed, and is where the terminal's cursor goes.
        let point = try #require(NoteEditorView.cursorPoint(for: state, screen: size))
        #expect(point == Point(x: 4 + 30, y: 7 + 4))
        #expect(buffer[point.x, point.y].style.attributes.contains(.reverse))
    }

    @Test func discardQuestion60x20() {
        let size = Size(width: 60, height: 20)
        var state = NoteEditorState(purpose: .edit(id: UUID(uuidString: "3F2A0000-0000-4000-8000-000000000001")!, kind: .question),
                                    quote: "a landmark visit to Pakistan in October 2012", body: "Why was the visit postponed?", screen: size)
        state.insert(" Technical reasons?")
        state.handle(.escape)
        Golden.check(render(state, size), "note-editor-discard-60x20")
        #expect(NoteEditorView.cursorPoint(for: state, screen: size) == nil)
    }

    @Test func smallScreen40x12() {
        let size = Size(width: 40, height: 12)
        var state = editor(kind: .question, size: size)
        state.insert((1...8).map { "Line \($0) of a question" }.joined(separator: "\n"))
        Golden.check(render(state, size), "note-editor-small-40x12")
    }

    @Test func tooSmallForAPopupDrawsNothing() {
        let size = Size(width: 12, height: 6)
        let lines = render(editor(size: size), size).textLines()
        #expect(lines.allSatisfy { $0.isEmpty })
    }
}
