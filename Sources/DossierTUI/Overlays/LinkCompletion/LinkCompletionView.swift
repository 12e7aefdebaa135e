/// The `[[` completion's list, drawn just under the cursor in the note editor (above it
/// when there is no room below): kind, identifier and title of each matching candidate,
/// the chosen one highlighted. Renders into the buffer only.
///
/// ```
///   ┌─ Link: [[tash ─────────────────────────────────────────────────┐
///   │ event    tashkent-declaration-1966  The Tashkent Declaration    │
///   └──────────────────────────────────────── Enter insert · Esc keep ┘
/// ```
struct LinkCompletionView: Widget {
    /// The completion shown.
    var completion: LinkCompletion
    /// The candidates matching its query, best first.
    var matches: [LinkCandidate]
    /// The screen cell of the editor's cursor.
    var anchor: Point
    var theme: Theme

    init(completion: LinkCompletion, matches: [LinkCandidate], anchor: Point, theme: Theme) {
        self.completion = completion
        self.matches = matches
        self.anchor = anchor
        self.theme = theme
    }

    /// The completion open in `editor`, over the reader's `state` (nothing when closed
    /// or when the cursor is out of view).
    init?(editor: NoteEditorState, state: AppState, theme: Theme) {
        guard let completion = editor.completion,
              let anchor = NoteEditorView.cursorPoint(for: editor, screen: state.size) else { return nil }
        self.init(completion: completion, matches: LinkCandidate.matching(completion.query, in: LinkCandidate.all(in: state)),
                  anchor: anchor, theme: theme)
    }

    /// The widest the list gets.
    static let preferredWidth = 72
    /// Columns for the kind, and at most for the identifier.
    static let kindWidth = 8
    static let identifierWidth = 30

    /// Where the list goes on a screen of `screen` size.
    func frame(screen: Size) -> Rect {
        let available = Rect(size: screen).inset(bottom: 1)
        let width = min(Self.preferredWidth, max(0, available.width - 2))
        let height = max(1, min(LinkCompletion.visibleRows, matches.count)) + 2
        let x = max(available.x, min(anchor.x - 2, available.maxX - width))
        let below = anchor.y + 1
        let y = below + height <= available.maxY ? below : max(available.y, anchor.y - height)
        return Rect(x: x, y: y, width: width, height: min(height, available.height))
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let frame = frame(screen: area.size)
        guard frame.width >= 12, frame.height >= 3 else { return }
        PopupFrame(title: "Link: [[" + completion.query, footer: "Enter insert · Esc keep the text", theme: theme)
            .render(into: &buffer, area: frame)
        let body = frame.inset(top: 1, left: 1, bottom: 1, right: 1)
        guard !matches.isEmpty else {
            let text = " Nothing matches “\(completion.query)” — Esc keeps what you typed"
            buffer.put(TextFit.truncated(text, width: body.width), x: body.x, y: body.y, style: theme.dim, maxWidth: body.width)
            return
        }
        let identifierWidth = min(Self.identifierWidth, max(8, matches.map { DisplayWidth.of($0.identifier) }.max() ?? 0))
        for row in 0..<body.height {
            let index = completion.cursor.top + row
            guard matches.indices.contains(index) else { break }
            let candidate = matches[index]
            let text = " " + TextFit.padded(candidate.kind.rawValue, width: Self.kindWidth) + " "
                + TextFit.padded(TextFit.truncated(candidate.identifier, width: identifierWidth), width: identifierWidth)
                + "  " + candidate.label
            let style = index == completion.cursor.selected ? theme.selection : theme.text
            buffer.put(TextFit.padded(TextFit.truncated(text, width: body.width), width: body.width),
                       x: body.x, y: body.y + row, style: style, maxWidth: body.width)
        }
    }
}
