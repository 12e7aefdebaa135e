@testable import DossierCore
import Testing
@testable import DossierTUI

/// The tellings side by side on the bundled collection: the U-2 incident as hussain
/// (1962) and the assignment (May 1960) tell it, opened from the card; the words they
/// disagree on marked in both; the sides cycled, scrolled, chosen; Esc back to the card,
/// then to the reading position.
@Suite("Reader: the tellings side by side")
struct SideBySideTests {
    static let u2 = EventCardTests.u2

    var u2Event: Event {
        get throws { try #require(ReaderFixture.timeline.timeline.event(withID: Self.u2)) }
    }

    /// The U-2 incident's mentions: hussain's dating it to 1962, the assignment's (May 1960).
    func hussain1962() throws -> Int {
        try #require(try u2Event.mentions.firstIndex { $0.article == "hussain" && $0.dateAsTold == "1962" })
    }

    func assignment() throws -> Int {
        try #require(try u2Event.mentions.firstIndex { $0.article == "assignment" })
    }

    func sides(_ state: AppState) -> SideBySide? {
        if case .sideBySide(let view)? = state.overlay { return view }
        return nil
    }

    /// From the hussain passage that dates the U-2 incident to 1962: `e` then `s`.
    func opened(width: Int = 120, height: Int = 40) throws -> AppState {
        var state = try EventCardTests().hussainAtU2(width: width, height: height)
        ReaderFixture.press([.character("e"), .character("s")], on: &state)
        return state
    }

    /// The screen cells showing `text` on the row that shows it within `columns`.
    func cells(of text: String, in screen: ScreenBuffer, columns: Range<Int>, rows: Range<Int>) -> [Cell]? {
        for y in rows {
            let row = (columns).map { screen[$0, y].symbol }.joined()
            guard let found = row.range(of: text) else { continue }
            let start = columns.lowerBound + row.distance(from: row.startIndex, to: found.lowerBound)
            return (start..<(start + text.count)).map { screen[$0, y] }
        }
        return nil
    }

    @Test func sInTheCardShowsHussainBesideTheAssignment120x40() throws {
        let state = try opened()
        let view = try #require(sides(state))
        let (hussain, assignment) = (try hussain1962(), try assignment())
        #expect(view.first.mention == hussain, "the telling being read on the left")
        #expect(view.second.mention == assignment, "the other party to the conflict on the right")
        let screen = ReaderFixture.render(state)
        Golden.check(screen, "side-by-side-120x40")
        let geometry = SideBySideGeometry(screen: state.size)
        #expect(!geometry.isStacked)
        let theme = Theme.standard(for: .palette256)
        // Both dates on screen, each in the conflict style, inside the passage's highlight.
        let left = geometry.first.x..<geometry.first.maxX
        let right = geometry.second.x..<geometry.second.maxX
        let rows = 1..<(state.size.height - 1)
        let hussainDate = try #require(cells(of: "1962", in: screen, columns: left, rows: rows))
        let assignmentDate = try #require(cells(of: "May 1960", in: screen, columns: right, rows: rows))
        let conflict = theme.annotationStyle(for: .highlight).patched(with: theme.conflictMark)
        for cell in hussainDate + assignmentDate {
            #expect(cell.style.foreground == conflict.foreground && cell.style.background == conflict.background
                    && cell.style.attributes.contains(.bold), "\(cell)")
        }
        let passage = try #require(cells(of: "the Soviets captured", in: screen, columns: left, rows: rows))
        #expect(passage.allSatisfy { $0.style.background == theme.noteHighlight.background })
        #expect(screen.text.contains("SIDE BY SIDE"))
    }

    @Test func at80ColumnsTheSidesStack() throws {
        let state = try opened(width: 80, height: 24)
        let screen = ReaderFixture.render(state)
        Golden.check(screen, "side-by-side-80x24")
        let geometry = SideBySideGeometry(screen: state.size)
        #expect(geometry.isStacked)
        let top = 1..<geometry.separator.y
        let bottom = (geometry.second.y + 1)..<geometry.second.maxY
        #expect(cells(of: "1962", in: screen, columns: 0..<80, rows: top) != nil, "\(screen.text)")
        #expect(cells(of: "May 1960", in: screen, columns: 0..<80, rows: bottom) != nil, "\(screen.text)")
    }

    @Test func theConflictsClaimsAreFoundInEachTelling() throws {
        let event = try u2Event
        let pairs = [(try hussain1962(), "1962"), (try assignment(), "May 1960")]
        for (mention, claim) in pairs {
            let told = event.mentions[mention]
            let document = try #require(ReaderFixture.timeline.documents[told.article])
            let ranges = ConflictWords.ranges(in: told, of: event, document: document)
            #expect(ranges.map { document.plainText.text(in: TextRange(start: $0.lowerBound, end: $0.upperBound)) } == [claim])
        }
        // A claim with an explanation in parentheses is found by its head ("1950 (item 11: …)").
        let oil = try #require(ReaderFixture.timeline.timeline.event(withID: "soviet-oil-exploration-1960"))
        let told = try #require(oil.mentions.first { $0.article == "chronology" && $0.dateAsTold == "1950" })
        let document = try #require(ReaderFixture.timeline.documents["chronology"])
        let found = ConflictWords.ranges(in: told, of: oil, document: document)
        #expect(!found.isEmpty)
        // A telling of an article that is no party to a conflict has nothing marked.
        let column = try #require(event.mentions.first { $0.article == "rapprochement" })
        #expect(ConflictWords.ranges(in: column, of: event, document: try #require(ReaderFixture.timeline.documents["rapprochement"])).isEmpty)
    }

    @Test func tCyclesTheChosenSideAndEscGoesBackToTheCardThenTheReading() throws {
        var state = try EventCardTests().hussainAtU2()
        let reading = state.reading
        ReaderFixture.press([.character("e")], on: &state)
        let card = try #require(state.overlay)
        ReaderFixture.press([.character("s"), .character("t")], on: &state)
        var view = try #require(sides(state))
        let (hussain, assignment) = (try hussain1962(), try assignment())
        let resolved = SideBySideReducer.resolvedMentions(of: try u2Event)
        let expected = resolved.first { $0 > hussain && $0 != assignment }
        #expect(view.first.mention == expected)
        #expect(view.second.mention == assignment, "the other side stays")
        #expect(ReaderFixture.render(state).text.contains("telling 3 of 6"))
        // T goes back; the right side cycles on its own, passing over the left side's telling.
        ReaderFixture.press([.character("T"), .character("l"), .character("t")], on: &state)
        view = try #require(sides(state))
        #expect(view.first.mention == hussain)
        #expect(view.chosen == .second)
        #expect(view.second.mention != view.first.mention && view.second.mention != assignment)
        ReaderFixture.press([.escape], on: &state)
        #expect(state.overlay == card)
        ReaderFixture.press([.escape], on: &state)
        #expect(state.overlay == nil)
        #expect(state.reading == reading, "the reading pane never moved")
    }

    @Test func jAndKScrollTheChosenSideAndTabChoosesTheOther() throws {
        var state = try opened()
        let before = try #require(sides(state))
        ReaderFixture.press([.character("j"), .character("j")], on: &state)
        #expect(sides(state)?.first.top == before.first.top + 2)
        #expect(sides(state)?.second.top == before.second.top)
        ReaderFixture.press([.tab, .character("k")], on: &state)
        #expect(sides(state)?.chosen == .second)
        #expect(sides(state)?.second.top == before.second.top - 1)
        ReaderFixture.press([.character("h"), .character("g")], on: &state)
        #expect(sides(state)?.first.top == 0)
    }

    @Test func theWheelScrollsTheSideUnderThePointerAndAClickChoosesIt() throws {
        var state = try opened()
        let before = try #require(sides(state))
        let right = SideBySideGeometry(screen: state.size).second
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.wheelDown, x: right.x + 5, y: right.y + 5))), on: &state)
        #expect(sides(state)?.second.top == before.second.top + MouseReducer.wheelStep)
        #expect(sides(state)?.chosen == .second)
        ReaderFixture.dispatch(.input(.mouse(MouseEvent(.click, x: 3, y: 5))), on: &state)
        #expect(sides(state)?.chosen == .first)
    }

    @Test func enterOnAConflictInTheCardShowsItsTwoSides() throws {
        var state = try EventCardTests().hussainAtU2()
        // `!` opens the card at its conflicts, the conflict chosen.
        ReaderFixture.press([.character("!"), .enter], on: &state)
        let view = try #require(sides(state))
        let parties: Set = [try hussain1962(), try assignment()]
        #expect(Set([view.first.mention, view.second.mention]) == parties)
    }

    @Test func enterReadsTheChosenSidesTellingAndBackReturns() throws {
        var state = try opened()
        let reading = state.reading
        ReaderFixture.press([.character("l"), .enter], on: &state)
        #expect(state.overlay == nil)
        #expect(state.reading.articleID == "assignment")
        #expect(ReaderFixture.render(state).textLines().last?.hasPrefix(" assignment · ") == true)
        #expect(state.message?.hasPrefix("as told: May 1960 · telling 1 of 6") == true, "\(state.message ?? "")")
        ReaderFixture.press([.control("o")], on: &state)
        #expect(state.reading.articleID == "hussain")
        #expect(state.reading.cursorLine == reading.cursorLine)
    }

    @Test func aResizeKeepsEachSidesTopLine() throws {
        var state = try opened()
        let before = try #require(sides(state))
        let article = "hussain"
        let old = try #require(state.library.peekLayout(article: article, width: before.first.width))
        let offset = try #require(old.anchorOffset(atLine: before.first.top))
        ReaderFixture.dispatch(.input(.resize(Size(width: 90, height: 30))), on: &state)
        let after = try #require(sides(state))
        #expect(after.first.width == SideBySideGeometry(screen: state.size).textWidth(.first))
        let new = try #require(state.library.peekLayout(article: article, width: after.first.width))
        #expect(new.lineIndex(containing: offset) == after.first.top)
    }

    @Test func theKeysAreInTheKeyTable() {
        #expect(KeyMap.defaults.command(for: .character("s"), in: [.eventCard, .popup]) == .sideBySide)
        #expect(KeyMap.defaults.command(for: .character("t"), in: [.sideBySide, .popup]) == .otherTelling)
        #expect(KeyMap.defaults.command(for: .escape, in: [.sideBySide, .popup]) == .cancel)
        #expect(KeyMap.defaults.conflicts.isEmpty)
        #expect(HelpContent.rows().contains(.group("Side by side")))
    }
}
