@testable import DossierCore
@testable import DossierNotes
import Testing
@testable import DossierTUI

/// The notes pane drawn into a buffer, compared with text files in `Golden/`
/// (`DOSSIER_UPDATE_GOLDEN=1` rewrites them after a look).
@Suite("Notes pane: golden screens")
struct NotesPaneGoldenTests {
    typealias F = NotesPaneFixture

    func render(_ model: NotesPaneModel, selected: NotesPaneItem.ID?, top: Int = 0, focused: Bool = true, size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        // Scrolled as the reader scrolls it, drawn in the pane's frame.
        let list = NotesPane.listArea(of: PaneGeometry.body(of: buffer.area))
        let scrolled = NotesPane.top(model: model, selected: selected, from: top, list: list)
        let body = NotesPaneView(model: model, selected: selected, top: scrolled, focused: focused, theme: .standard(for: .palette256))
        PaneFrame(title: NotesPane.title, detail: NotesPaneView.titleDetail(model), focused: focused,
                  theme: .standard(for: .palette256), body: body)
            .render(into: &buffer, area: buffer.area)
        return buffer
    }

    @Test func tashkentSection36x16() {
        let model = NotesPaneModel(notes: F.notes, document: F.document, visible: F.visible(section: "tashkent"))
        let buffer = render(model, selected: F.id(4), size: Size(width: 36, height: 16))
        Golden.check(buffer, "notes-pane-tashkent-36x16")
        // The selected note's rows are drawn in the selection style when the pane has focus.
        let row = buffer.textLines().firstIndex { $0.contains("The Soviet Union mediated") }!
        #expect(buffer[5, row].style.attributes.contains(.reverse))
    }

    @Test func scrolledToTheSelection30x10() {
        let visible = F.visible(section: "tashkent") + F.visible(section: "later-years")
        let model = NotesPaneModel(notes: F.notes, document: F.document, visible: visible)
        Golden.check(render(model, selected: F.id(6), focused: false, size: Size(width: 30, height: 10)), "notes-pane-scrolled-30x10")
    }

    @Test func aSelectionNoLongerListedFallsBackToTheFirstInView() {
        let model = NotesPaneModel(notes: F.notes, document: F.document, visible: F.visible(section: "tashkent"))
        let lines = render(model, selected: F.id(5), size: Size(width: 36, height: 16)).textLines()
        #expect(lines.first { $0.hasPrefix("›") } == "›▪ “Tashkent Declaration”")
    }

    @Test func empty30x12() {
        let model = NotesPaneModel(notes: ArticleNotes(article: "relations", annotations: [F.annotations[0]]), document: F.document,
                                   visible: F.visible(section: "later-years"))
        Golden.check(render(model, selected: nil, focused: false, size: Size(width: 30, height: 12)), "notes-pane-empty-30x12")
    }
}
