/// An in-memory ``Terminal`` for tests: it records frames and plays queued events.
///
/// ```swift
/// let terminal = TestTerminal(width: 80, height: 24)
/// terminal.enqueue(.key(.character("j")))
/// // run the app loop …
/// terminal.screen.textLines()
/// ```
final class TestTerminal: Terminal {
    private(set) var size: Size
    var colorSupport: ColorSupport
    /// What the terminal shows now.
    private(set) var screen: ScreenBuffer
    /// Where the visible cursor is, if any.
    private(set) var cursor: Point?
    /// The cells written by each ``draw(_:cursor:)``, in order: lets tests check that
    /// a frame writes only what changed.
    private(set) var writes: [[CellChange]] = []
    /// Events not yet read.
    private(set) var pendingEvents: [InputEvent] = []
    /// Whether the terminal is suspended (``suspend()`` without ``resume()``).
    private(set) var isSuspended = false
    /// Whether ``restore()`` was called.
    private(set) var isRestored = false
    /// The texts put on the clipboard (``copyToClipboard(_:)``), in order.
    private(set) var clipboard: [String] = []

    private var previousFrame: ScreenBuffer?

    /// A terminal of `width` × `height` with 256 colours by default.
    init(width: Int, height: Int, colorSupport: ColorSupport = .palette256) {
        self.size = Size(width: width, height: height)
        self.colorSupport = colorSupport
        self.screen = ScreenBuffer(width: width, height: height)
    }

    /// Adds events to be returned by ``nextEvent(timeoutMilliseconds:)``.
    func enqueue(_ events: InputEvent...) {
        pendingEvents.append(contentsOf: events)
    }

    /// Adds key events.
    func enqueue(keys: [Key]) {
        pendingEvents.append(contentsOf: keys.map { .key($0) })
    }

    /// Changes the size, as a window resize does, and queues the ``InputEvent/resize(_:)``.
    func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        pendingEvents.append(.resize(size))
    }

    func draw(_ buffer: ScreenBuffer, cursor: Point?) {
        let changes = ScreenBuffer.diff(from: previousFrame, to: buffer)
        writes.append(changes)
        screen = buffer
        previousFrame = buffer
        self.cursor = cursor
    }

    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        pendingEvents.isEmpty ? nil : pendingEvents.removeFirst()
    }

    func copyToClipboard(_ text: String) {
        clipboard.append(text)
    }

    func invalidate() {
        previousFrame = nil
    }

    func suspend() {
        isSuspended = true
    }

    func resume() {
        isSuspended = false
        previousFrame = nil
    }

    func restore() {
        isRestored = true
    }
}
