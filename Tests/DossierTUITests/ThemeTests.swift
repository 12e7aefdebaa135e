import Testing
@testable import DossierTUI

@Suite("Theme")
struct ThemeTests {
    @Test func monochromeUsesNoColour() {
        let theme = Theme.standard(for: .monochrome)
        let styles = [theme.text, theme.heading, theme.searchHit, theme.currentSearchHit, theme.selection,
                      theme.noteHighlight, theme.gutterMark, theme.conflictMark, theme.focusedPaneTitle, theme.statusLine]
        #expect(styles.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
        // Roles that must stand out are still distinguishable from text and each other.
        #expect(theme.searchHit != theme.text)
        #expect(theme.currentSearchHit != theme.searchHit)
        #expect(theme.noteHighlight != theme.searchHit)
    }

    @Test func colouredBackgroundsAlwaysCarryAForeground() {
        for support in [ColorSupport.eight, .sixteen, .palette256] {
            let theme = Theme.standard(for: support)
            let styles = [theme.searchHit, theme.currentSearchHit, theme.noteHighlight, theme.focusedPaneTitle, theme.error]
            for style in styles where style.background != .terminalDefault {
                #expect(style.foreground != .terminalDefault, "\(support): \(style) depends on the terminal's foreground")
            }
        }
    }

    @Test func coloursDegradeToWhatTheTerminalHas() {
        #expect(Color.indexed(220).approximated(toPaletteSize: 8) == 3) // yellow
        #expect(Color.indexed(223).approximated(toPaletteSize: 16) != nil)
        #expect(Color.brightRed.approximated(toPaletteSize: 8) == 1)
        #expect(Color.brightRed.approximated(toPaletteSize: 16) == 9)
        #expect(Color.indexed(244).approximated(toPaletteSize: 256) == 244)
        #expect(Color.terminalDefault.approximated(toPaletteSize: 256) == nil)
    }
}
