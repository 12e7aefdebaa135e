import Testing
@testable import DossierTUI

@Suite("Key map as data")
struct KeyMapTests {
    let keyMap = KeyMap.defaults

    @Test func noKeyIsBoundTwiceInOneContext() {
        #expect(keyMap.conflicts.isEmpty, "\(keyMap.conflicts)")
    }

    @Test func everyCommandHasAKeyAndHelp() {
        for command in Command.allCases {
            #expect(!keyMap.keys(for: command).isEmpty, "\(command) has no key")
            #expect(!(keyMap.help(for: command) ?? "").isEmpty, "\(command) has no help")
        }
    }

    @Test func lessAndViKeysMove() {
        let reading: [KeyContext] = [.reading]
        #expect(keyMap.command(for: .character("j"), in: reading) == .lineDown)
        #expect(keyMap.command(for: .down, in: reading) == .lineDown)
        #expect(keyMap.command(for: .character("k"), in: reading) == .lineUp)
        #expect(keyMap.command(for: .character(" "), in: reading) == .pageDown)
        #expect(keyMap.command(for: .character("b"), in: reading) == .pageUp)
        #expect(keyMap.command(for: .control("d"), in: reading) == .halfPageDown)
        #expect(keyMap.command(for: .control("u"), in: reading) == .halfPageUp)
        #expect(keyMap.command(for: .character("g"), in: reading) == .top)
        #expect(keyMap.command(for: .character("G"), in: reading) == .bottom)
        #expect(keyMap.command(for: .character("/"), in: reading) == .search)
        #expect(keyMap.command(for: .character("n"), in: reading) == .searchNext)
        #expect(keyMap.command(for: .character("N"), in: reading) == .searchPrevious)
        #expect(keyMap.command(for: .character("q"), in: reading) == .quit)
        #expect(keyMap.command(for: .tab, in: reading) == .nextPane)
        #expect(keyMap.command(for: .backTab, in: reading) == .previousPane)
        #expect(keyMap.command(for: .character("?"), in: reading) == .help)
        #expect(keyMap.command(for: .control("o"), in: reading) == .back)
        #expect(keyMap.command(for: .backspace, in: reading) == .back)
        #expect(keyMap.command(for: .enter, in: reading) == .activate)
        #expect(keyMap.command(for: .character("["), in: reading) == .previousEvent)
        #expect(keyMap.command(for: .character("]"), in: reading) == .nextEvent)
    }

    @Test func specificContextsWinOverGlobal() {
        #expect(keyMap.command(for: .character("b"), in: [.selection, .cursor, .reading]) == .extendWordBackward)
        #expect(keyMap.command(for: .character("b"), in: [.cursor, .reading]) == .extendWordBackward)
        #expect(keyMap.command(for: .character("h"), in: [.selection, .cursor, .reading]) == .highlight)
        #expect(keyMap.command(for: .character("h"), in: [.cursor, .reading]) == nil)
        #expect(keyMap.command(for: .character("c"), in: [.reading]) == .startCursor)
        #expect(keyMap.command(for: .character("o"), in: [.selection, .cursor, .reading]) == .swapEnds)
        #expect(keyMap.command(for: .escape, in: [.selection, .cursor, .reading]) == .cancel)
        #expect(keyMap.command(for: .character("l"), in: [.notes]) == .followLink)
        #expect(keyMap.command(for: .control("x"), onlyIn: .editor) == .editInEditor)
        #expect(keyMap.command(for: .character("f"), in: [.timeline]) == .filterTimeline)
        #expect(keyMap.command(for: .character("f"), in: [.reading]) == .pageDown)
        #expect(keyMap.command(for: .character("q"), in: [.popup, .reading]) == .cancel)
        #expect(keyMap.command(for: .character("r"), in: [.timeline]) == .relatedEvents)
        // Issue 13: r works on the reading pane's selected event too; it is still unbound in the browser.
        #expect(keyMap.command(for: .character("r"), in: [.reading]) == .relatedEvents)
        #expect(keyMap.command(for: .character("r"), in: [.browser]) == nil)
        #expect(keyMap.command(for: .character("v"), in: [.reading]) == .startSelection)
    }

    @Test func helpGroupsComeFromTheTable() {
        let groups = keyMap.groups.map(\.group)
        #expect(groups.first == "Moving")
        #expect(Set(groups).count == groups.count)
        let total = keyMap.groups.reduce(0) { $0 + $1.bindings.count }
        #expect(total == keyMap.bindings.count)
        let pageDown = keyMap.bindings.first { $0.command == .pageDown }
        #expect(pageDown?.keysDescription == "Space  PgDn  Ctrl-F  f")
    }
}
