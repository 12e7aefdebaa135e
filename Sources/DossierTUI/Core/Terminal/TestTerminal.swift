/// An in-memory ``Terminal`` for tests: it records frames and plays queued events.
///
/// ```swift
/// let terminal = TestTerminal(width: 80, height: 24)
/// terminal.enqueue(.key(.character("j")))
/// // run the app loop …
/// terminal.screen.textLines()
/// ```
public final class TestTerminal: Terminal {
    public private(set) var size: Size
    public var colorSupport: ColorSupport
    /// What the terminal shows now.
    public private(set) var screen: ScreenBuffer
    /// Where the visible cursor is, if any.
    public private(set) var cursor: Point?
    /// The cells written by each ``draw(_:cursor:)``, in order: lets tests check that
    /// a frame writes only what changed.
    public private(set) var writes: [[CellChange]] = []
    /// Events not yet read.
    public private(set) var pendingEvents: [InputEvent] = []
    /// Whether the terminal is suspended (``suspend()`` without ``resume()``).
    public private(set) var isSuspended = false
    /// Whether ``restore()`` was called.
    public private(set) var isRestored = false
    /// The texts put on the clipboard (``copyToClipboard(_:)``), in order.
    public private(set) var clipboard: [String] = []

    private var previousFrame: ScreenBuffer?

    /// A terminal of `width` × `height` with 256 colours by default.
    public init(width: Int, height: Int, colorSupport: ColorSupport = .palette256) {
        self.size = Size(width: width, height: height)
        self.colorSupport = colorSupport
        self.screen = ScreenBuffer(width: width, height: height)
    }

    /// Adds events to be returned by ``nextEvent(timeoutMilliseconds:)``.
    public func enqueue(_ events: InputEvent...) {
        pendingEvents.append(contentsOf: events)
    }

    /// Adds key events.
    public func enqueue(keys: [Key]) {
        pendingEvents.append(contentsOf: keys.map { .key($0) })
    }

    /// Changes the size, as a window resize does, and queues the ``InputEvent/resize(_:)``.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        pendingEvents.append(.resize(size))
    }

    public func draw(_ buffer: ScreenBuffer, cursor: Point?) {
        let changes = ScreenBuffer.diff(from: previousFrame, to: buffer)
        writes.append(changes)
        screen = buffer
        previousFrame = buffer
        self.cursor = cursor
    }

    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        pendingEvents.isEmpty ? nil : pendingEvents.removeFirst()
    }

    public func copyToClipboard(_ text: String) {
        clipboard.append(text)
    }

    public func invalidate() {
        previousFrame = nil
    }

    public func suspend() {
        isSuspended = true
    }

    public func resume() {
        isSuspended = false
        previousFrame = nil
    }

    public func restore() {
        isRestored = true
    }
}
