/// Where the notes browser's parts go on a screen: shared by ``NotesBrowserView``
/// (which draws there) and ``NotesBrowserReducer`` (which scrolls the list and the
/// preview by their heights).
///
/// Inside the popup's border, from the top: the typed filter, a line saying what is
/// listed, the list (two fifths of what is left), a rule, and the preview of the
/// selected note.
struct NotesBrowserLayout: Hashable, Sendable {
    /// The widest the popup gets: a preview line of readable length.
    static let preferredWidth = 110

    let frame: Rect
    let filterRow: Rect
    let summaryRow: Rect
    let list: Rect
    let rule: Rect
    let preview: Rect

    init(screen: Size) {
        frame = PopupGeometry.frame(screen: screen, preferredWidth: Self.preferredWidth, contentHeight: screen.height)
        let body = PopupGeometry.body(of: frame)
        filterRow = Rect(x: body.x, y: body.y, width: body.width, height: min(1, body.height))
        summaryRow = Rect(x: body.x, y: filterRow.maxY, width: body.width, height: min(1, max(0, body.height - 1)))
        let rest = max(0, body.maxY - summaryRow.maxY)
        let listHeight = rest <= 4 ? rest : max(2, (rest - 1) * 2 / 5)
        list = Rect(x: body.x, y: summaryRow.maxY, width: body.width, height: listHeight)
        let hasPreview = rest - listHeight >= 2
        rule = Rect(x: body.x, y: list.maxY, width: body.width, height: hasPreview ? 1 : 0)
        preview = Rect(x: body.x, y: rule.maxY, width: body.width, height: hasPreview ? body.maxY - rule.maxY : 0)
    }
}
