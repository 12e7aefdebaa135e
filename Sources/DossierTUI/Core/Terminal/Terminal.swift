/// Where frames are shown and input comes from. Views never see it: the run loop
/// renders a ``ScreenBuffer`` and hands it to ``draw(_:cursor:)``.
///
/// Two implementations: ``NcursesTerminal`` (the real one, the only code that talks
/// to ncurses) and ``TestTerminal`` (in memory, for tests).
protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }

    /// What colours can be used (``ColorSupport/monochrome`` when `NO_COLOR` is set).
    var colorSupport: ColorSupport { get }

    /// Shows `buffer`, writing only the cells that differ from the previous frame.
    /// `cursor` places a visible cursor (for text entry); `nil` hides it.
    func draw(_ buffer: ScreenBuffer, cursor: Point?)

    /// The next input event, waiting at most `timeoutMilliseconds` (`nil`: wait as long
    /// as it takes); `nil` when the time ran out. When input has ended for good it
    /// returns ``InputEvent/inputClosed``.
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent?

    /// Puts `text` on the clipboard of the terminal (and of tmux, which takes it with
    /// `set-clipboard on`) by an OSC 52 sequence. The text goes base64-encoded, so none
    /// of its characters reaches the terminal as a control; a terminal that does not
    /// allow it ignores the sequence.
    func copyToClipboard(_ text: String)

    /// Forgets what is on screen, so the next ``draw(_:cursor:)`` repaints every cell
    /// (Ctrl-L, after another program scribbled on the terminal).
    func invalidate()

    /// Leaves full-screen mode so another program (`$EDITOR`) can use the terminal.
    func suspend()

    /// Returns to full-screen mode after ``suspend()`` and redraws the last frame in full.
    func resume()

    /// Leaves full-screen mode for good and gives the terminal back as it was.
    func restore()
}

extension Terminal {
    /// Shows `buffer` with the cursor hidden.
    func draw(_ buffer: ScreenBuffer) {
        draw(buffer, cursor: nil)
    }
}
