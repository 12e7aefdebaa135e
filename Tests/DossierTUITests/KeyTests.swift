import Testing
@testable import DossierTUI

@Suite("Keys")
struct KeyTests {
    @Test func decodesTerminalCharacters() {
        #expect(Key.decode(character: 0x6A) == .character("j"))
        #expect(Key.decode(character: 0x04) == .control("d"))
        #expect(Key.decode(character: 0x0F) == .control("o"))
        #expect(Key.decode(character: 0x09) == .tab)
        #expect(Key.decode(character: 0x0D) == .enter)
        #expect(Key.decode(character: 0x0A) == .enter)
        #expect(Key.decode(character: 0x7F) == .backspace)
        #expect(Key.decode(character: 0x1B) == .escape)
        #expect(Key.decode(character: 0x44F) == .character("я"))
        #expect(Key.decode(character: 0x9B) == nil)
        #expect(Key.decode(character: 0xD800) == nil)
    }

    @Test func describesKeysForHelp() {
        #expect(Key.character(" ").description == "Space")
        #expect(Key.control("d").description == "Ctrl-D")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.down.description == "↓")
        #expect(Key.function(1).description == "F1")
    }
}
