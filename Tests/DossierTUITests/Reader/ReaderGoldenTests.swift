import DossierCore
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
