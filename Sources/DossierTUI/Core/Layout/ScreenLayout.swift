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
public struct ScreenLayout: Hashable, Sendable {
    /// How the screen is divided.
    public enum Mode: Hashable, Sendable {
        case wide, narrow, tooSmall
    }

    /// The smallest size that shows every pane at once.
    public static let wideMinimum = Size(width: 120, height: 30)
    /// The smallest size the reader works at; below it only a message is shown.
    public static let usableMinimum = Size(width: 40, height: 10)
    /// Width of the section browser column in wide mode: a fifth of the screen, 24–34.
    public static func browserWidth(forScreenWidth width: Int) -> Int {
        min(34, max(24, width / 5))
    }

    /// Width of the timeline/notes column in wide mode: 27% of the screen, 32–44.
    public static func sideWidth(forScreenWidth width: Int) -> Int {
        min(44, max(32, width * 27 / 100))
    }

    public let size: Size
    public let mode: Mode
    /// The rectangle of each visible pane (a pane not shown has none).
    public let panes: [Pane: Rect]
    /// One-column rectangles between panes, to draw as lines (`│`), and one-row
    /// rectangles between stacked panes (`─`).
    public let separators: [Rect]
    /// The status line (empty in ``Mode/tooSmall``).
    public let status: Rect

    /// The layout for `size`. `openSidePane` is the side pane unfolded on a narrow
    /// screen (ignored when wide: every pane is shown; `.reading` or `nil` means none).
    public init(size: Size, openSidePane: Pane? = nil) {
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
            let (browser, rest) = body.splitColumns(left: Self.browserWidth(forScreenWidth: size.width))
            let (browserSeparator, afterBrowser) = rest.splitColumns(left: 1)
            let (centre, side) = afterBrowser.splitColumns(right: Self.sideWidth(forScreenWidth: size.width))
            let (reading, sideSeparator) = centre.splitColumns(right: 1)
            let timelineHeight = (side.height * 3) / 5
            let (timeline, belowTimeline) = side.splitRows(top: timelineHeight)
            let (notesSeparator, notes) = belowTimeline.splitRows(top: 1)
            panes = [.browser: browser, .reading: reading, .timeline: timeline, .notes: notes]
            separators = [browserSeparator, sideSeparator, notesSeparator]
            return
        }
        mode = .narrow
        guard let open = openSidePane, open != .reading else {
            panes = [.reading: body]
            separators = []
            return
        }
        if body.width < 60 {
            panes = [open: body]
            separators = []
            return
        }
        let paneWidth = min(36, body.width / 2)
        if open == .browser {
            let (side, rest) = body.splitColumns(left: paneWidth)
            let (separator, reading) = rest.splitColumns(left: 1)
            panes = [.browser: side, .reading: reading]
            separators = [separator]
        } else {
            let (rest, side) = body.splitColumns(right: paneWidth)
            let (reading, separator) = rest.splitColumns(right: 1)
            panes = [open: side, .reading: reading]
            separators = [separator]
        }
    }

    /// The rectangle of `pane`, or `nil` when it is folded away.
    public func rect(for pane: Pane) -> Rect? {
        panes[pane]
    }

    /// Whether `pane` is on screen.
    public func isVisible(_ pane: Pane) -> Bool {
        panes[pane] != nil
    }

    /// The visible pane containing the cell (`x`, `y`), e.g. under the mouse.
    public func pane(at point: Point) -> Pane? {
        panes.first { $0.value.contains(x: point.x, y: point.y) }?.key
    }

    /// The visible panes in Tab order.
    public var visiblePanes: [Pane] {
        Pane.allCases.filter { panes[$0] != nil }
    }
}
