/// The note editor popup: a frame titled "New note" (or "Edit question"…) with the
/// save and cancel keys in its bottom border, the quoted passage, the text with its
/// cursor, and a status row that asks "Discard changes? y/n" when cancelling would lose
/// changes. Renders over `area` (the whole screen), never calls the terminal.
struct NoteEditorView: Widget {
    /// The editor to draw.
    var state: NoteEditorState
    /// The styles.
    var theme: Theme
    /// The key table the frame's key hints come from.
    var keyMap: KeyMap

    /// A view of `state`.
    init(state: NoteEditorState, theme: Theme, keyMap: KeyMap = .defaults) {
        self.state = state
        self.theme = theme
        self.keyMap = keyMap
    }

    /// What the text area shows while the note is empty.
    static let placeholder = "Write in Markdown. Type [[ to link an event, entity, article, section or note; a #word tags the note."

    /// The keys shown in the frame: "Ctrl-S save · Esc cancel · Ctrl-X $EDITOR".
    static func keyHints(_ keyMap: KeyMap) -> String {
        keyMap.hints(in: [.editor], includingGlobal: false).map { "\($0.key) \($0.hint)" }.joined(separator: " · ")
    }

    /// The hints that fit in `width` columns: all of them, else save and cancel alone.
    static func keyHints(_ keyMap: KeyMap, width: Int) -> String {
        let all = keyHints(keyMap)
        guard DisplayWidth.of(all) > width else { return all }
        return all.components(separatedBy: " · ").prefix(2).joined(separator: " · ")
    }

    /// " 2 links resolve to nothing: [[event:no-such]] … Save anyway? y/n", with as many
    /// of the links as fit in `width` (the rest as "…"; the status line lists them all);
    /// the question always shows.
    static func unresolvedQuestion(_ links: [String], width: Int, keyMap: KeyMap = .defaults) -> String {
        let count = links.count == 1 ? "1 link resolves" : "\(links.count) links resolve"
        let ask = " Save anyway? \(keyMap.keyName(.confirm, in: .confirmation))/\(keyMap.keyName(.refuse, in: .confirmation))"
        for shown in stride(from: links.count, through: 0, by: -1) {
            var list = links.prefix(shown).joined(separator: " ")
            if shown < links.count { list += list.isEmpty ? "…" : " …" }
            let text = " \(count) to nothing: \(list)\(ask)"
            if DisplayWidth.of(text) <= width { return text }
        }
        return TextFit.truncated(" \(count) to nothing:\(ask)", width: width)
    }

    /// Where the terminal's own cursor goes while `state` is open on a screen of
    /// `screen` size (for `Terminal.draw(_:cursor:)`); `nil` while the discard question shows.
    static func cursorPoint(for state: NoteEditorState, screen: Size) -> Point? {
        guard !state.isAsking else { return nil }
        let area = NoteEditorGeometry(screen: screen, quote: state.quote).textArea
        let location = state.cursorLocation
        let point = Point(x: area.x + location.column, y: area.y + location.row - state.top)
        return area.contains(x: point.x, y: point.y) ? point : nil
    }

    /// Draws the popup centred in `area` (the screen).
    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let geometry = NoteEditorGeometry(screen: area.size, quote: state.quote)
        let frame = geometry.frame.intersection(area)
        guard frame.width >= 8, frame.height >= 5 else { return }
        PopupFrame(title: state.purpose.title, footer: Self.keyHints(keyMap, width: frame.width - 6), theme: theme).render(into: &buffer, area: frame)
        renderQuote(into: &buffer, geometry: geometry)
        renderText(into: &buffer, area: geometry.textArea)
        renderStatus(into: &buffer, row: geometry.statusRow)
    }

    private func renderQuote(into buffer: inout ScreenBuffer, geometry: NoteEditorGeometry) {
        let quoteArea = geometry.quoteArea
        guard !quoteArea.isEmpty else { return }
        let style = theme.dim.adding(.italic)
        let lines = NoteEditorGeometry.quoteLines(state.quote, width: quoteArea.width, style: style)
        for row in 0..<min(lines.count, quoteArea.height) {
            if row == quoteArea.height - 1 && lines.count > quoteArea.height {
                // The last row shown of a longer quote ends with an ellipsis.
                buffer.put(TextFit.truncated(lines[row].text + " …", width: quoteArea.width), x: quoteArea.x, y: quoteArea.y + row, style: style)
            } else {
                lines[row].render(into: &buffer, at: Point(x: quoteArea.x, y: quoteArea.y + row), maxWidth: quoteArea.width)
            }
        }
        buffer.fill(geometry.rule, with: "─", style: theme.separator)
    }

    private func renderText(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        if state.text.isEmpty {
            let hint = LineWrapper(width: area.width).wrap([StyledRun(Self.placeholder, style: theme.dim)])
            for (row, line) in hint.enumerated() where row < area.height {
                line.render(into: &buffer, at: Point(x: area.x, y: area.y + row), maxWidth: area.width)
            }
        } else {
            let layout = state.layout
            for row in 0..<area.height {
                let index = state.top + row
                guard layout.rows.indices.contains(index) else { break }
                layout.rows[index].wrapped.render(into: &buffer, at: Point(x: area.x, y: area.y + row), maxWidth: area.width)
            }
        }
        guard !state.isAsking else { return }
        let cursor = state.cursorLocation
        let y = area.y + cursor.row - state.top
        guard y >= area.y, y < area.maxY else { return }
        buffer.patchStyle(Rect(x: area.x + cursor.column, y: y, width: 1, height: 1), with: Style(attributes: .reverse))
    }

    private func renderStatus(into buffer: inout ScreenBuffer, row: Rect) {
        guard !row.isEmpty else { return }
        if state.isConfirmingDiscard {
            buffer.put(TextFit.truncated(" Discard changes? \(keyMap.keyName(.confirm, in: .confirmation))/\(keyMap.keyName(.refuse, in: .confirmation)) ", width: row.width), x: row.x, y: row.y, style: theme.error)
            return
        }
        if !state.unresolvedLinks.isEmpty {
            let question = Self.unresolvedQuestion(state.unresolvedLinks, width: row.width, keyMap: keyMap)
            buffer.put(question, x: row.x, y: row.y, style: theme.error, maxWidth: row.width)
            return
        }
        guard !state.text.isEmpty else { return }
        let lines = state.text.lines.count
        var parts = ["\(lines) \(lines == 1 ? "line" : "lines")"]
        if state.isDirty { parts.append("modified") }
        let text = parts.joined(separator: " · ")
        buffer.put(TextFit.truncated(text, width: row.width), x: row.maxX - min(row.width, DisplayWidth.of(text)), y: row.y, style: theme.dim)
    }
}
