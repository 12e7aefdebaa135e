import Testing
@testable import DossierTUI

/// The panes as one interface: every registered pane is laid out, focused, drawn and
/// normalised through ``Pane/content`` — nothing else lists them.
@Suite("Pane registry")
struct PaneRegistryTests {
    @Test func everyRegisteredPaneIsOnAWideScreenInOneFrame() {
        let state = ReaderFixture.state()
        let layout = state.screenLayout
        let screen = ReaderFixture.render(state).textLines()
        for pane in Pane.allCases {
            guard let rect = layout.rect(for: pane) else {
                Issue.record("\(pane) is not laid out")
                continue
            }
            // The frame's title row names the pane.
            #expect(screen[rect.y].dropFirst(rect.x).hasPrefix(" " + pane.content.title), "\(pane)")
        }
    }

    @Test func tabGoesThroughThePanesInRegistrationOrderOnANarrowScreen() {
        var state = ReaderFixture.state(width: 80, height: 24)
        var focused: [Pane] = []
        for _ in Pane.allCases {
            ReaderFixture.press([.tab], on: &state)
            focused.append(state.focus)
        }
        let start = Pane.allCases.firstIndex(of: .reading)!
        let expected = (1...Pane.allCases.count).map { Pane.allCases[(start + $0) % Pane.allCases.count] }
        #expect(focused == expected)
    }

    @Test func aPanesListHeightIsItsListArea() {
        let state = ReaderFixture.state()
        for pane in Pane.allCases {
            let rect = state.screenLayout.rect(for: pane)!
            #expect(state.listHeight(of: pane) == pane.content.listArea(of: PaneGeometry.body(of: rect)).height, "\(pane)")
        }
        // The timeline's list is under its density strip.
        #expect(state.listHeight(of: .timeline) == PaneGeometry.body(of: state.screenLayout.rect(for: .timeline)!).height - 1)
    }

    @Test func theFocusedPaneGivesTheKeyContexts() {
        var state = ReaderFixture.state()
        for pane in Pane.allCases {
            state.focus = pane
            #expect(KeyReducer.activeContexts(state) == pane.content.keyContexts(state))
        }
    }
}
