import DossierCore
import DossierNotes

/// The notes browser (``NotesBrowser``): the typed filter, how many notes match and in
/// which order, one line per note (kind, article, quote and first line of the body,
/// the date in date order), and the selected note whole below.
struct NotesBrowserView: Widget {
    var browser: NotesBrowser
    var library: LibraryState
    var theme: Theme

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let layout = NotesBrowserLayout(screen: area.size)
        let otherOrder = browser.order == .document ? "date" : "document"
        PopupFrame(title: "All notes", footer: "Enter open · Ctrl-T \(otherOrder) order · Ctrl-D/U preview · Esc close",
                   theme: theme).render(into: &buffer, area: layout.frame)
        let label = "Find: "
        let x = layout.filterRow.x + buffer.put(label, x: layout.filterRow.x, y: layout.filterRow.y, style: theme.strong, maxWidth: layout.filterRow.width)
        buffer.put(Self.visibleEnd(of: browser.text, width: layout.filterRow.maxX - x - 1), x: x, y: layout.filterRow.y,
                   style: theme.text, maxWidth: layout.filterRow.maxX - x)
        buffer.put(TextFit.truncated(summary, width: layout.summaryRow.width), x: layout.summaryRow.x, y: layout.summaryRow.y,
                   style: theme.dim, maxWidth: layout.summaryRow.width)
        renderList(into: &buffer, area: layout.list)
        if !layout.rule.isEmpty { buffer.fill(layout.rule, with: "─", style: theme.separator) }
        renderPreview(into: &buffer, area: layout.preview)
    }

    /// "3 notes · document order · words, kind:, #tag, article:, status: narrow".
    var summary: String {
        guard let notes = browser.notes else { return "Reading the notes…" }
        let order = browser.order == .document ? "in document order" : "newest first"
        let count = notes.isEmpty ? "No notes match" : Count.phrase(notes.count, "note")
        return "\(count) · \(order) · type words, kind:question, #tag, article:id, status:orphaned"
    }

    func renderList(into buffer: inout ScreenBuffer, area: Rect) {
        guard let notes = browser.notes else { return }
        for row in 0..<area.height {
            let index = browser.cursor.top + row
            guard notes.indices.contains(index) else { break }
            let style = index == browser.cursor.selected ? theme.selection : theme.text
            buffer.put(TextFit.padded(line(notes[index]), width: area.width), x: area.x, y: area.y + row, style: style, maxWidth: area.width)
        }
    }

    /// `✎ hanif      “quote” — first line`, with the date first in date order.
    func line(_ note: Annotation) -> String {
        let item = NotesPaneItem(note)
        var line = item.kindSymbol + (item.statusMark.map { $0.symbol } ?? " ") + " " + TextFit.padded(note.article, width: 12) + " "
        if browser.order == .date { line += NotesBrowserPreview.day(note.modified) + "  " }
        return line + ChoiceListView.excerpt(of: note)
    }

    func renderPreview(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty, let note = browser.selected else { return }
        let lines = NotesBrowserPreview.lines(note, library: library, width: area.width, theme: theme)
        for row in 0..<area.height {
            let index = browser.previewTop + row
            guard lines.indices.contains(index) else { break }
            lines[index].render(into: &buffer, at: Point(x: area.x, y: area.y + row), maxWidth: area.width)
        }
    }

    /// The end of `text` that fits in `width` columns (the end is where one types).
    static func visibleEnd(of text: String, width: Int) -> String {
        var shown = Substring(text)
        while DisplayWidth.of(String(shown)) > max(0, width) { shown = shown.dropFirst() }
        return String(shown)
    }

    /// Where the terminal's cursor goes: after the typed text.
    static func cursorPoint(for browser: NotesBrowser, screen: Size) -> Point {
        let row = NotesBrowserLayout(screen: screen).filterRow
        let label = DisplayWidth.of("Find: ")
        let typed = DisplayWidth.of(visibleEnd(of: browser.text, width: row.width - label - 1))
        return Point(x: min(row.maxX - 1, row.x + label + typed), y: row.y)
    }
}
