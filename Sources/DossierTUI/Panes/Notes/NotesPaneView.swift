import Foundation

/// The notes pane's body: the notes of the section(s) in view (see ``NotesPaneModel``)
/// with the selected one highlighted, or — when there are none — a short explanation of
/// how to add one, with the keys taken from the key table; while the notes load, or
/// when the database cannot be used, a plain sentence saying so.
struct NotesPaneView: Widget {
    /// What to list.
    var model: NotesPaneModel
    /// The selected note (``NotesPaneModel/defaultSelection`` when `nil` or not listed).
    var selected: UUID?
    /// The first list line shown (``NotesPane/top(model:selected:from:list:)`` keeps the
    /// selection in view).
    var top: Int
    /// Whether the pane has focus (the selection is drawn in the selection style).
    var focused: Bool
    /// The styles.
    var theme: Theme
    /// The key table the empty pane's explanation takes its keys from.
    var keyMap: KeyMap
    /// Whether the notes are loaded, loading, or off.
    var availability: NotesAvailability

    /// A view of `model` with `selected` highlighted.
    init(model: NotesPaneModel, selected: UUID?, top: Int = 0, focused: Bool, theme: Theme, keyMap: KeyMap = .defaults,
                availability: NotesAvailability = .ready) {
        self.model = model
        self.selected = selected
        self.top = top
        self.focused = focused
        self.theme = theme
        self.keyMap = keyMap
        self.availability = availability
    }

    /// The pane title's detail: the section(s) in view.
    static func titleDetail(_ model: NotesPaneModel) -> String? {
        guard let first = model.sectionTitles.first else { return nil }
        return model.sectionTitles.count == 1 ? first : first + " +\(model.sectionTitles.count - 1)"
    }

    /// The explanation shown when no note is listed.
    static func emptyText(_ model: NotesPaneModel, keyMap: KeyMap) -> [String] {
        func key(_ command: Command) -> String { keyMap.keyName(command) }
        var paragraphs = [
            model.sections.isEmpty ? "No notes in this article yet." : "No notes in this section.",
            "",
            "To add one, select text in the reading pane with \(key(.startSelection)) (extend it with \(key(.extendWordForward)), \(key(.extendSentenceForward)), \(key(.extendParagraphForward))), then press \(key(.highlight)) to highlight it or \(key(.annotate)) to write a note.",
        ]
        if model.totalCount > 0 {
            paragraphs += ["", model.totalCount == 1 ? "1 note elsewhere in this article." : "\(model.totalCount) notes elsewhere in this article."]
        }
        return paragraphs
    }

    /// Draws the pane's body into `area` (below the title row).
    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let list = NotesPane.listArea(of: area)
        guard !list.isEmpty else { return }
        switch availability {
        case .ready where model.isEmpty:
            renderParagraphs(Self.emptyText(model, keyMap: keyMap), into: &buffer, area: list.inset(left: 1))
        case .ready:
            renderList(into: &buffer, list: list)
        case .loading:
            renderParagraphs(["Loading the notes…"], into: &buffer, area: list.inset(left: 1))
        case .unavailable(let reason):
            renderParagraphs(["Notes are off.", "", reason], into: &buffer, area: list.inset(left: 1))
        }
    }

    private func renderList(into buffer: inout ScreenBuffer, list: Rect) {
        let lines = NotesPaneLines(model, width: list.width, theme: theme)
        let selection = model.index(of: selected) ?? model.index(of: model.defaultSelection)
        for row in 0..<list.height {
            let index = top + row
            guard lines.lines.indices.contains(index) else { break }
            let line = lines.lines[index]
            let y = list.y + row
            var x = list.x
            for piece in line.pieces {
                x += buffer.put(piece.text, x: x, y: y, style: piece.style, maxWidth: list.maxX - x)
            }
            guard let item = line.item, item == selection else { continue }
            if focused {
                buffer.patchStyle(Rect(x: list.x, y: y, width: list.width, height: 1), with: theme.selection)
            }
            if lines.lineRange(ofItem: item)?.lowerBound == index {
                buffer.put("›", x: list.x, y: y, style: (focused ? theme.strong.patched(with: theme.selection) : theme.strong))
            }
        }
    }

    /// Dim paragraphs wrapped to the width, an empty one as a blank line.
    private func renderParagraphs(_ paragraphs: [String], into buffer: inout ScreenBuffer, area: Rect) {
        var row = 0
        for paragraph in paragraphs {
            let wrapped = paragraph.isEmpty ? [WrappedLine(segments: [], source: nil)] : LineWrapper(width: area.width).wrap([StyledRun(paragraph, style: theme.dim)])
            for line in wrapped {
                guard row < area.height else { return }
                line.render(into: &buffer, at: Point(x: area.x, y: area.y + row), maxWidth: area.width)
                row += 1
            }
        }
    }
}
