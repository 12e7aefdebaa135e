@testable import DossierCore
import Testing
@testable import DossierTUI

@Suite("Reader: resizing")
struct ResizeTests {
    @Test func resizeKeepsTheTopLinesOffsetNotItsNumber() throws {
        var state = ReaderFixture.state()
        ReaderFixture.press(ReaderFixture.openThirdArticle + [.character("2")] + Array(repeating: .character(" "), count: 5), on: &state)
        let wide = try #require(state.laidOutArticle)
        let offset = try #require(wide.anchorOffset(atLine: state.reading.topLine))
        for size in [Size(width: 80, height: 24), Size(width: 30, height: 8), Size(width: 61, height: 19), Size(width: 120, height: 40)] {
            ReaderFixture.dispatch(.input(.resize(size)), on: &state)
            if state.screenLayout.mode == .tooSmall { continue }
            let layout = try #require(state.laidOutArticle)
            #expect(layout.width == state.readingTextWidth)
            let line = state.reading.topLine
            let range = try #require(layout.lines[line].line.source)
            #expect(range.lowerBound <= offset && offset <= range.upperBound + 1, "\(size): \(range) vs \(offset)")
            #expect(state.reading.cursorLine >= line && state.reading.cursorLine < line + state.readingHeight)
        }
        #expect(state.reading.articleID == "hanif")
    }

    @Test func tooSmallShowsAMessageAndOnlyQuits() {
        var state = ReaderFixture.state()
        ReaderFixture.dispatch(.input(.resize(Size(width: 30, height: 8))), on: &state)
        #expect(state.screenLayout.mode == .tooSmall)
        let screen = ReaderFixture.render(state).text
        #expect(screen.contains("Terminal too small"))
        ReaderFixture.press([.character("j"), .character("?"), .tab], on: &state)
        #expect(state.overlay == nil && state.focus == .reading)
        ReaderFixture.press([.character("q")], on: &state)
        #expect(state.isQuitting)
    }

    @Test func everySizeRendersWithoutCrashing() {
        var state = ReaderFixture.state()
        for width in stride(from: 0, through: 130, by: 13) {
            for height in stride(from: 0, through: 42, by: 7) {
                ReaderFixture.dispatch(.input(.resize(Size(width: width, height: height))), on: &state)
                let screen = ReaderFixture.render(state)
                #expect(screen.width == width && screen.height == height)
            }
        }
    }

    @Test func aFocusedSidePaneThatNoLongerFitsGivesFocusBack() {
        var state = ReaderFixture.state()
        ReaderFixture.press([.character("4")], on: &state)
        #expect(state.focus == .notes)
        ReaderFixture.dispatch(.input(.resize(Size(width: 80, height: 24))), on: &state)
        #expect(state.focus == .reading)
    }
}
