/// A selection in a list of `count` rows shown `height` at a time: the selected row and
/// the first row shown, kept so the selection stays visible.
struct ListCursor: Hashable, Sendable {
    var selected = 0
    var top = 0

    init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta` rows (clamped), scrolling to keep it in view.
    mutating func move(by delta: Int, count: Int, height: Int) {
        guard count > 0 else {
            selected = 0
            top = 0
            return
        }
        selected = max(0, min(count - 1, selected + delta))
        keepVisible(count: count, height: height)
    }

    /// Scrolls so the selection is inside the `height` rows shown.
    mutating func keepVisible(count: Int, height: Int) {
        let rows = max(1, height)
        selected = max(0, min(max(0, count - 1), selected))
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, count - rows)))
    }

    /// The list index shown on screen row `row` of the list's body (a click), if there is one.
    func index(atRow row: Int, count: Int) -> Int? {
        let index = top + row
        return row >= 0 && index < count ? index : nil
    }
}
