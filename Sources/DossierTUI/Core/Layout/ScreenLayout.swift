/// Where each pane goes for a screen size: the one place positions are computed.
///
/// * **Wide** (at least ``wideMinimum``, 120×30): section browser left, reading pane
///   centre, timeline above notes on the right, status line at the bottom; vertical
///   separators between the columns.
/// * **Narrow** (smaller, down to ``usableMinimum``, 40×10): the reading pane fills the
///   screen above the status line. One side pane at a time can be unfolded
///   (`openSidePane`): it takes the left (browser) or right (timeline, notes) part of
///   the screen — or the whole width below 60 columns.
/// * **Too small** (under 40×10): nothing but a "terminal too small" message.
///
/// ```swift
/// let layout = ScreenLayout(size: Size(width: 120, height: 40))
/// layout.rect(for: .reading)   // (25,0 62×39)
/// ```
struct ScreenLayout: Hashable, Sendable {
    /// How the screen is divided.
    enum Mode: Hashable, Sendable {
        case wide, narrow, tooSmall
    }

    /// The smallest size that shows every pane at once.
    static let wideMinimum = Size(width: 120, height: 30)
    /// The smallest size the reader works at; below it only a message is shown.
    static let usableMinimum = Size(width: 40, height: 10)
    /// Width of the section browser column in wide mode: a fifth of the screen, 24–34.
    static func browserWidth(forScreenWidth width: Int) -> Int {
        min(34, max(24, width / 5))
    }

    /// Width of the timeline/notes column in wide mode: 27% of the screen, 32–44.
    static func sideWidth(forScreenWidth width: Int) -> Int {
        min(44, max(32, width * 27 / 100))
    }

    let size: Size
    let mode: Mode
    /// The rectangle of each visible pane (a pane not shown has none).
    let panes: [Pane: Rect]
    /// One-column rectangles between panes, to draw as lines (`│`), and one-row
    /// rectangles between stacked panes (`─`).
    let separators: [Rect]
    /// The status line (empty in ``Mode/tooSmall``).
    let status: Rect

    /// The layout for `size`. `openSidePane` is the side pane unfolded on a narrow
    /// screen (ignored when wide: every pane is shown; `.reading` or `nil` means none).
    init(size: Size, openSidePane: Pane? = nil) {
        self.size = size
        let screen = Rect(size: size)
        if size.width < Self.usableMinimum.width || size.height < Self.usableMinimum.height {
            mode = .tooSmall
            panes = [:]
            separators = []
            status = Rect(x: 0, y: size.height, width: 0, height: 0)
            return
        }
        let (body, statusLine) = screen.splitRows(bottom: 1)
        status = statusLine
        if size.width >= Self.wideMinimum.width && size.height >= Self.wideMinimum.height {
            mode = .wide
            (panes, separators) = Self.wide(body)
            return
        }
        mode = .narrow
        let centre = Pane.allCases.filter { $0.content.placement == .centre }
        guard let open = openSidePane, !centre.contains(open) else {
            panes = Dictionary(uniqueKeysWithValues: centre.map { ($0, body) })
            separators = []
            return
        }
        if body.width < 60 {
            panes = [open: body]
            separators = []
            return
        }
        let paneWidth = min(36, body.width / 2)
        let side: Rect, separator: Rect, centreRect: Rect
        if open.content.placement == .left {
            let (column, rest) = body.splitColumns(left: paneWidth)
            let (line, remainder) = rest.splitColumns(left: 1)
            (side, separator, centreRect) = (column, line, remainder)
        } else {
            let (rest, column) = body.splitColumns(right: paneWidth)
            let (remainder, line) = rest.splitColumns(right: 1)
            (side, separator, centreRect) = (column, line, remainder)
        }
        var placed = [open: side]
        for pane in centre { placed[pane] = centreRect }
        panes = placed
        separators = [separator]
    }

    /// Every pane at once: the left column, the centre, the right column with its panes
    /// stacked by their shares; separators between columns, then between stacked panes.
    private static func wide(_ body: Rect) -> (panes: [Pane: Rect], separators: [Rect]) {
        var panes: [Pane: Rect] = [:]
        var separators: [Rect] = []
        var stacks: [Rect: [(pane: Pane, share: Int)]] = [:]
        let left = Pane.allCases.filter { $0.content.placement == .left }
        let right = Pane.allCases.compactMap { pane -> (pane: Pane, share: Int)? in
            if case .right(let share) = pane.content.placement { return (pane, share) }
            return nil
        }
        var centre = body
        if !left.isEmpty {
            let (column, rest) = centre.splitColumns(left: browserWidth(forScreenWidth: body.width))
            let (separator, afterLeft) = rest.splitColumns(left: 1)
            stacks[column] = left.map { ($0, 1) }
            separators.append(separator)
            centre = afterLeft
        }
        if !right.isEmpty {
            let (rest, column) = centre.splitColumns(right: sideWidth(forScreenWidth: body.width))
            let (beforeRight, separator) = rest.splitColumns(right: 1)
            stacks[column] = right
            separators.append(separator)
            centre = beforeRight
        }
        for pane in Pane.allCases where pane.content.placement == .centre { panes[pane] = centre }
        for (column, stacked) in stacks.sorted(by: { $0.key.x < $1.key.x }) {
            let total = stacked.reduce(0) { $0 + $1.share }
            var remaining = column
            for (index, item) in stacked.enumerated() {
                guard index < stacked.count - 1 else {
                    panes[item.pane] = remaining
                    break
                }
                let (top, below) = remaining.splitRows(top: column.height * item.share / total)
                let (separator, rest) = below.splitRows(top: 1)
                panes[item.pane] = top
                separators.append(separator)
                remaining = rest
            }
        }
        return (panes, separators)
    }

    /// The rectangle of `pane`, or `nil` when it is folded away.
    func rect(for pane: Pane) -> Rect? {
        panes[pane]
    }

    /// Whether `pane` is on screen.
    func isVisible(_ pane: Pane) -> Bool {
        panes[pane] != nil
    }

    /// The visible pane containing the cell (`x`, `y`), e.g. under the mouse.
    func pane(at point: Point) -> Pane? {
        panes.first { $0.value.contains(x: point.x, y: point.y) }?.key
    }

    /// The visible panes in Tab order.
    var visiblePanes: [Pane] {
        Pane.allCases.filter { panes[$0] != nil }
    }
}
