import CNcursesw
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw's wide-character API — the only code in
/// Dossier that talks to ncurses.
///
/// It sets the locale, starts curses in raw mode without echo, with the keypad and
/// the mouse (wheel, left button, and drags: asking for motion reports makes ncurses
/// turn on xterm's any-event tracking; motion without the button down is dropped
/// here), picks colours the terminal has (none when
/// `NO_COLOR` is set), writes only the cells that changed since the last frame and
/// then calls `wnoutrefresh`/`doupdate`. The terminal is restored by ``restore()``,
/// and also on SIGINT, SIGTERM, SIGHUP, crashes and `exit`.
///
/// ```swift
/// let terminal = try NcursesTerminal()
/// defer { terminal.restore() }
/// terminal.draw(frame)
/// let event = terminal.nextEvent(timeoutMilliseconds: nil)
/// ```
final class NcursesTerminal: Terminal {
    private(set) var size: Size
    let colorSupport: ColorSupport

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let defaultColorsWork: Bool
    private var previousFrame: ScreenBuffer?
    private var pairs: [ColorPairKey: Int32] = [:]
    private var cursorVisible: Bool?
    private var isActive = true
    private let ownedFiles: [UnsafeMutablePointer<FILE>]
    /// Where curses writes: OSC 52 goes there too, between frames.
    private let output: UnsafeMutablePointer<FILE>
    /// Whether the left button is down (motion is a drag only then).
    private var buttonDown = false

    /// Takes over the process's terminal (standard input and output).
    ///
    /// Throws a ``TerminalError`` whose description is a message for the user when
    /// standard input or output is not a terminal, `TERM` is unset or `dumb`, or
    /// ncurses cannot start.
    convenience init(environment: TerminalEnvironment = .current(), mouse: Bool = true) throws {
        if let problem = environment.problem { throw problem }
        NcursesTerminal.useUTF8Locale()
        try self.init(
            terminalType: nil, input: dossier_stdin(), output: dossier_stdout(), ownedFiles: [],
            noColor: environment.noColor, mouse: mouse, term: environment.term
        )
        dossier_install_restore_handlers()
    }

    /// Starts curses on the given streams; used directly by tests with files.
    init(
        terminalType: String?, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
        ownedFiles: [UnsafeMutablePointer<FILE>], noColor: Bool, mouse: Bool, term: String?
    ) throws {
        let created: OpaquePointer? = if let terminalType {
            newterm(terminalType, output, input)
        } else {
            newterm(nil, output, input)
        }
        guard let created else {
            ownedFiles.forEach { fclose($0) }
            throw TerminalError.cannotStart(term: terminalType ?? term)
        }
        screen = created
        set_term(created)
        guard let standardScreen = dossier_stdscr() else {
            endwin()
            delscreen(created)
            ownedFiles.forEach { fclose($0) }
            throw TerminalError.cannotStart(term: terminalType ?? term)
        }
        window = standardScreen
        self.ownedFiles = ownedFiles
        self.output = output
        dossier_set_curses_active(1)

        raw()
        noecho()
        nonl()
        keypad(window, true)
        NcursesTerminal.defineMissingKeys()
        meta(window, true)
        leaveok(window, false)
        set_escdelay(25)
        if mouse {
            mousemask(dossier_mouse_mask_wanted() | dossier_report_mouse_position(), nil)
            mouseinterval(0)
        }

        if !noColor && has_colors() {
            start_color()
            defaultColorsWork = use_default_colors() == dossier_ok()
            colorSupport = ColorSupport(colors: Int(dossier_colors()))
        } else {
            defaultColorsWork = false
            colorSupport = .monochrome
        }
        size = Size(width: Int(dossier_cols()), height: Int(dossier_lines()))
    }

    deinit {
        restore()
    }

    // MARK: Output

    func draw(_ buffer: ScreenBuffer, cursor: Point?) {
        guard isActive else { return }
        let changes = ScreenBuffer.diff(from: previousFrame, to: buffer)
        let maxScalars = Int(dossier_ccharw_max())
        var cell = cchar_t()
        // One buffer for every cell's scalars and their terminating zero.
        var text: [wchar_t] = []
        text.reserveCapacity(maxScalars + 1)
        for change in changes where change.y < size.height && change.x < size.width {
            let attributes = attributes(for: change.cell.style)
            let symbol = change.cell.symbol.utf8
            // Most cells are one ASCII character (cells hold only printable text): written as it
            // is, without the cluster checks, which were a fifth of drawing the first frame.
            if change.cell.width == 1, symbol.count == 1, let byte = symbol.first {
                text.removeAll(keepingCapacity: true)
                text.append(wchar_t(byte))
                text.append(0)
                _ = dossier_setcchar(&cell, text, attributes.attrs, attributes.pair)
                _ = dossier_mvwadd_wch(window, Int32(change.y), Int32(change.x), &cell)
                continue
            }
            let pieces = LibraryCluster.pieces(for: change.cell.symbol, width: change.cell.width, maxScalars: maxScalars)
            var x = change.x
            for piece in pieces {
                text.removeAll(keepingCapacity: true)
                text.append(contentsOf: piece.lazy.map { wchar_t(bitPattern: $0.value) })
                text.append(0)
                _ = dossier_setcchar(&cell, text, attributes.attrs, attributes.pair)
                _ = dossier_mvwadd_wch(window, Int32(change.y), Int32(x), &cell)
                x += max(1, DisplayWidth.libraryWidth(of: piece) ?? 1)
            }
        }
        previousFrame = buffer
        let wantCursor = cursor != nil
        if cursorVisible != wantCursor {
            curs_set(wantCursor ? 1 : 0)
            cursorVisible = wantCursor
        }
        if let cursor {
            _ = dossier_wmove(window, Int32(cursor.y), Int32(cursor.x))
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// The ncurses attributes and colour pair for a style.
    private func attributes(for style: Style) -> (attrs: attr_t, pair: Int32) {
        var attrs = dossier_a_normal()
        let attributes = style.attributes
        if attributes.contains(.bold) { attrs |= dossier_a_bold() }
        if attributes.contains(.dim) { attrs |= dossier_a_dim() }
        if attributes.contains(.italic) { attrs |= dossier_a_italic() }
        if attributes.contains(.underline) { attrs |= dossier_a_underline() }
        if attributes.contains(.reverse) { attrs |= dossier_a_reverse() }
        return (attrs, pair(foreground: style.foreground, background: style.background))
    }

    /// The colour pair for two colours, allocated on first use; 0 (the default pair)
    /// without colour support or when the terminal has no pairs left.
    private func pair(foreground: Color, background: Color) -> Int32 {
        guard colorSupport != .monochrome else { return 0 }
        let palette = colorSupport.paletteSize
        let fallbackForeground: Int32 = defaultColorsWork ? -1 : 7
        let fallbackBackground: Int32 = defaultColorsWork ? -1 : 0
        let key = ColorPairKey(
            foreground: foreground.approximated(toPaletteSize: palette).map(Int32.init) ?? fallbackForeground,
            background: background.approximated(toPaletteSize: palette).map(Int32.init) ?? fallbackBackground
        )
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let existing = pairs[key] { return existing }
        let next = Int32(pairs.count + 1)
        guard next < min(dossier_color_pairs(), 32767) else { return 0 }
        guard init_pair(Int16(next), Int16(key.foreground), Int16(key.background)) == dossier_ok() else { return 0 }
        pairs[key] = next
        return next
    }

    // MARK: Input

    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        guard isActive else { return nil }
        // Never block in read(): ncurses installs its SIGWINCH handler with SA_RESTART,
        // so a blocking read would report a resize only with the next key. With a
        // timeout ncurses waits in poll(), which a signal always interrupts.
        var earlyFailures = 0
        while true {
            wtimeout(window, Int32(clamping: timeoutMilliseconds ?? 1_000))
            var character: wint_t = 0
            let started = Self.monotonicMilliseconds()
            let result = dossier_wget_wch(window, &character)
            if result == dossier_err() {
                guard timeoutMilliseconds == nil else { return nil }
                // ERR long before the timeout, again and again: the input has ended.
                if Self.monotonicMilliseconds() - started < 10 {
                    earlyFailures += 1
                    if earlyFailures >= 3 { return .inputClosed }
                } else {
                    earlyFailures = 0
                }
                continue
            }
            if result == dossier_key_code_yes() {
                if let event = event(forKeyCode: Int32(bitPattern: character)) { return event }
                continue // a key the reader does not use
            }
            if character == 0x1B {
                if let event = escapeOrSequence() { return event }
                continue // a sequence nobody asked for, read and dropped
            }
            if let key = Key.decode(character: UInt32(character)) { return .key(key) }
        }
    }

    /// Sequences terminals send for keys that the terminfo entry in use may not list —
    /// tmux sends End as `ESC [ 4 ~` whatever `TERM` says, and `xterm-256color` knows
    /// End only as `ESC O F`. Defined for ncurses only where the entry has nothing, so
    /// the terminal's own terminfo always wins.
    private static func defineMissingKeys() {
        let home = dossier_key_home(), end = dossier_key_end()
        let function = { (number: Int32) in dossier_key_f0() + number }
        let sequences: [(String, Int32)] = [
            ("[1~", home), ("[7~", home), ("[H", home), ("OH", home),
            ("[4~", end), ("[8~", end), ("[F", end), ("OF", end),
            ("[2~", dossier_key_ic()), ("[3~", dossier_key_dc()),
            ("[5~", dossier_key_ppage()), ("[6~", dossier_key_npage()),
            ("[A", dossier_key_up()), ("[B", dossier_key_down()), ("[C", dossier_key_right()), ("[D", dossier_key_left()),
            ("OA", dossier_key_up()), ("OB", dossier_key_down()), ("OC", dossier_key_right()), ("OD", dossier_key_left()),
            ("[Z", dossier_key_btab()),
            ("OP", function(1)), ("OQ", function(2)), ("OR", function(3)), ("OS", function(4)),
            ("[11~", function(1)), ("[12~", function(2)), ("[13~", function(3)), ("[14~", function(4)),
            ("[15~", function(5)), ("[17~", function(6)), ("[18~", function(7)), ("[19~", function(8)),
            ("[20~", function(9)), ("[21~", function(10)), ("[23~", function(11)), ("[24~", function(12)),
        ]
        for (sequence, code) in sequences {
            let bytes = "\u{1B}" + sequence
            if key_defined(bytes) == 0 { _ = define_key(bytes, code) }
        }
    }

    /// After an Esc: the Esc key — or, when more bytes came with it, a sequence ncurses
    /// did not recognise (a key missing from terminfo, a late answer to an editor's
    /// terminal query). Such a sequence is read to its end and dropped (`nil`), so none
    /// of it becomes a command or text in a note. Esc then an ordinary character (Alt-x)
    /// stays Esc followed by that character.
    private func escapeOrSequence() -> InputEvent? {
        guard let introducer = pendingCharacter(waitingMilliseconds: 0) else { return .key(.escape) }
        switch introducer {
        case 0x5B: // CSI: parameter and intermediate bytes, then one final byte
            skipCharacters(limit: 64) { (0x40...0x7E).contains($0) }
        case 0x4F: // SS3: one final byte
            skipCharacters(limit: 1) { _ in true }
        case 0x5D, 0x50, 0x5F, 0x5E: // OSC, DCS, APC, PM: a string up to BEL or ESC \
            skipCharacters(limit: 4_096) { $0 == 0x07 || $0 == 0x5C }
        default:
            _ = unget_wch(wchar_t(bitPattern: introducer))
            return .key(.escape)
        }
        return nil
    }

    /// Reads and drops characters until `isLast` accepts one (dropped too), `limit`
    /// characters were read, or none arrives within the escape delay.
    private func skipCharacters(limit: Int, until isLast: (UInt32) -> Bool) {
        for _ in 0..<limit {
            guard let character = pendingCharacter(waitingMilliseconds: 25), !isLast(character) else { return }
        }
    }

    /// The next character if one arrives within `waitingMilliseconds`; `nil` otherwise,
    /// or for a key code (which ends any sequence).
    private func pendingCharacter(waitingMilliseconds: Int32) -> UInt32? {
        wtimeout(window, waitingMilliseconds)
        var character: wint_t = 0
        guard dossier_wget_wch(window, &character) == dossier_ok() else { return nil }
        return UInt32(character)
    }

    /// The event for a `KEY_*` code from `wget_wch`, or `nil` for an unused one.
    private func event(forKeyCode code: Int32) -> InputEvent? {
        switch code {
        case dossier_key_resize():
            size = Size(width: Int(dossier_cols()), height: Int(dossier_lines()))
            previousFrame = nil
            clearok(window, true)
            return .resize(size)
        case dossier_key_mouse():
            return mouseEvent()
        case dossier_key_up(): return .key(.up)
        case dossier_key_down(): return .key(.down)
        case dossier_key_left(): return .key(.left)
        case dossier_key_right(): return .key(.right)
        case dossier_key_home(): return .key(.home)
        case dossier_key_end(): return .key(.end)
        case dossier_key_npage(): return .key(.pageDown)
        case dossier_key_ppage(): return .key(.pageUp)
        case dossier_key_backspace(): return .key(.backspace)
        case dossier_key_dc(): return .key(.delete)
        case dossier_key_ic(): return .key(.insert)
        case dossier_key_enter(): return .key(.enter)
        case dossier_key_btab(): return .key(.backTab)
        case (dossier_key_f0() + 1)...(dossier_key_f0() + 63):
            return .key(.function(Int(code - dossier_key_f0())))
        default:
            return nil
        }
    }

    private func mouseEvent() -> InputEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        var buttons: mmask_t = 0
        guard dossier_getmouse(&x, &y, &buttons) == dossier_ok() else { return nil }
        let action: MouseEvent.Action
        if buttons & dossier_report_mouse_position() != 0 {
            // Any-event tracking reports every move; only a move with the button down drags.
            guard buttonDown else { return nil }
            action = .drag
        } else if buttons & dossier_button4_pressed() != 0 {
            action = .wheelUp
        } else if buttons & dossier_button5_pressed() != 0 {
            action = .wheelDown
        } else if buttons & dossier_button1_double_clicked() != 0 {
            action = .doubleClick
        } else if buttons & dossier_button1_clicked() != 0 {
            action = .click
        } else if buttons & dossier_button1_pressed() != 0 {
            action = .press
            buttonDown = true
        } else if buttons & dossier_button1_released() != 0 {
            action = .release
            buttonDown = false
        } else {
            return nil
        }
        return .mouse(MouseEvent(action, x: Int(x), y: Int(y)))
    }

    private static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int(now.tv_sec) * 1_000 + Int(now.tv_nsec) / 1_000_000
    }

    // MARK: Clipboard

    func copyToClipboard(_ text: String) {
        guard isActive else { return }
        // Base64 is letters, digits, + / = only: nothing of the text can act as a control.
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        fputs(sequence, output)
        fflush(output)
    }

    // MARK: Suspend, resume, restore

    func invalidate() {
        previousFrame = nil
        clearok(window, true)
    }

    func suspend() {
        guard isActive else { return }
        def_prog_mode()
        endwin()
        dossier_set_curses_active(0)
        isActive = false
    }

    func resume() {
        guard !isActive, !isRestored else { return }
        reset_prog_mode()
        // Keys typed into the other program and not read by it are not the reader's.
        flushinp()
        dossier_set_curses_active(1)
        isActive = true
        size = Size(width: Int(dossier_cols()), height: Int(dossier_lines()))
        previousFrame = nil
        clearok(window, true)
        cursorVisible = nil
        buttonDown = false
    }

    private var isRestored = false

    func restore() {
        guard !isRestored else { return }
        isRestored = true
        if isActive {
            curs_set(1)
            endwin()
            dossier_set_curses_active(0)
            isActive = false
        }
        delscreen(screen)
        ownedFiles.forEach { fclose($0) }
    }

    // MARK: Locale

    /// `setlocale(LC_ALL, "")`, falling back to `C.UTF-8` for the character type when
    /// the user's locale is not UTF-8: Content is UTF-8 and so is every terminal the
    /// reader supports.
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().filter({ $0 != "-" }) != "UTF8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8") ?? setlocale(LC_CTYPE, "C.utf8")
        }
    }
}

/// Two palette indices (-1: the terminal default) naming an ncurses colour pair.
private struct ColorPairKey: Hashable {
    var foreground: Int32
    var background: Int32
}
