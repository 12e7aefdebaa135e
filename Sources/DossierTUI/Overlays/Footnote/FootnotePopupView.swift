/// A footnote in a popup over the text.
struct FootnotePopupView: Widget {
    var popup: FootnotePopup
    var library: LibraryState
    var theme: Theme

    init(popup: FootnotePopup, library: LibraryState, theme: Theme) {
        self.popup = popup
        self.library = library
        self.theme = theme
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let frame = FootnoteContent.frame(popup, library: library, screen: area.size)
        let number = library.documents[popup.article]?.footnote(labeled: popup.label)?.number
        PopupFrame(title: "Footnote \(number.map(String.init) ?? popup.label)", footer: "\(KeyMap.defaults.keyName(.cancel, in: .global)) close", theme: theme)
            .render(into: &buffer, area: frame)
        let body = PopupGeometry.body(of: frame)
        let lines = FootnoteContent.lines(popup, library: library, width: body.width) ?? []
        for screenRow in 0..<body.height {
            let index = popup.top + screenRow
            guard lines.indices.contains(index) else { break }
            for segment in lines[index].segments where segment.column < body.width {
                buffer.put(segment.text, x: body.x + segment.column, y: body.y + screenRow, style: theme.adapted(segment.style),
                           maxWidth: body.width - segment.column)
            }
        }
    }
}
