import Foundation
import Testing
@testable import DossierTUI

@Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_TUI_DEMO"] != nil))
func interactiveDemo() throws {
    let terminal = try NcursesTerminal()
    var log: [String] = []
    func frame() -> ScreenBuffer {
        var b = ScreenBuffer(size: terminal.size)
        b.put("size \(terminal.size) colours \(terminal.colorSupport)", x: 0, y: 0, style: Style(foreground: .cyan, attributes: .bold))
        b.put("Пакистан и Россия|", x: 0, y: 1)
        b.put("巴基斯坦和俄罗斯|", x: 0, y: 2)
        b.put("e\u{301}te\u{301} 👩\u{200D}💻 ❤\u{FE0F} 🇵🇰 😀|", x: 0, y: 3)
        b.put("hit", x: 0, y: 4, style: Style(foreground: .black, background: .yellow))
        b.put("rev", x: 4, y: 4, style: Style(attributes: .reverse))
        b.put("evil\u{1B}[2J\u{1B}]0;pwned\u{7}|", x: 0, y: 5)
        for (i, line) in log.suffix(10).enumerated() { b.put(line, x: 0, y: 7 + i) }
        return b
    }
    terminal.draw(frame())
    while let event = terminal.nextEvent(timeoutMilliseconds: nil) {
        if event == .key(.character("q")) { break }
        log.append("\(event)")
        terminal.draw(frame())
    }
    terminal.restore()
}
