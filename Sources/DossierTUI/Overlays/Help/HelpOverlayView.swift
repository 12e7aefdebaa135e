/// The `?` popup: every binding of the key table, by group.
struct HelpOverlayView: Widget {
    var top: Int
    var theme: Theme

    init(top: Int, theme: Theme) {
        self.top = top
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let rows = HelpContent.rows()
        let frame = PopupGeometry.frame(screen: area.size, preferredWidth: HelpContent.width(of: rows) + 4, contentHeight: rows.count)
        PopupFrame(title: "Keys", footer: "\(KeyMap.defaults.keyName(.lineDown, in: .global))/\(KeyMap.defaults.keyName(.lineUp, in: .global)) scroll · \(KeyMap.defaults.keyName(.cancel, in: .global)) close", theme: theme).render(into: &buffer, area: frame)
        let body = PopupGeometry.body(of: frame)
        let keysWidth = min(HelpContent.keysWidth, body.width / 2)
        for screenRow in 0..<body.height {
            let index = top + screenRow
            guard rows.indices.contains(index) else { break }
            let y = body.y + screenRow
            switch rows[index] {
            case .group(let title):
                buffer.put(TextFit.truncated(title, width: body.width), x: body.x, y: y, style: theme.heading, maxWidth: body.width)
            case .binding(let keys, let help, let context):
                buffer.put(TextFit.padded(keys, width: keysWidth), x: body.x, y: y, style: theme.strong, maxWidth: keysWidth)
                let text = HelpContent.description(help: help, context: context)
                let x = body.x + keysWidth + 1
                buffer.put(TextFit.truncated(text, width: body.maxX - x), x: x, y: y, style: theme.text, maxWidth: body.maxX - x)
            case .blank:
                break
            }
        }
    }
}
