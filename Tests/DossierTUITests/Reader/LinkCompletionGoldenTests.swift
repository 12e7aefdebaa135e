@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// The `[[` completion popup over the note editor, as a golden screen.
@Suite("Reader: link completion, golden")
struct LinkCompletionGoldenTests {
    /// A note being written on hanif's first sentence, `[[tash` typed: the events, then
    /// the entities, whose id or title has a word starting with "tash"; the first chosen.
    @Test func completion120x40() {
        var state = ReaderFixture.state()
        ReaderFixture.press(ReaderFixture.openThirdArticle, on: &state)
        if state.focus != .browser { ReaderFixture.press([.character("1")], on: &state) }
        ReaderFixture.press([.character("j"), .character("j"), .enter, .character("2")], on: &state)
        ReaderFixture.press([.character("c"), .character(")"), .character("v"), .character(")"), .character("a")], on: &state)
        ReaderFixture.type("Signed at [[tash", on: &state)
        ReaderFixture.press([.down], on: &state)
        Golden.check(ReaderFixture.render(state), "note-editor-link-completion-120x40")
    }
}
