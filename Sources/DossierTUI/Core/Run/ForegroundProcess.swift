#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs another full-screen program (the user's editor) on the reader's terminal the
/// way a shell runs a job: in a process group of its own that owns the terminal while
/// it runs, with the signals a shell resets, and the terminal taken back afterwards.
///
/// A program outside the terminal's foreground process group cannot use it: its reads
/// fail (vim exits with status 1) and its terminal queries are answered to whoever reads
/// next. `Foundation.Process` starts children in a group of their own and never hands
/// them the terminal, hence this.
///
/// The terminal must already be out of curses mode (``Terminal/suspend()``). When
/// standard input is not a terminal the reader owns (tests, a pipe), the program simply
/// runs in the reader's group.
///
/// ```swift
/// terminal.suspend()
/// let status = try ForegroundProcess.run(["/bin/sh", "-c", "vim \"$@\"", "vim", file])
/// terminal.resume()
/// ```
enum ForegroundProcess {
    /// The descriptor of the controlling terminal the reader reads from.
    private static let terminal = STDIN_FILENO

    /// Signals a shell puts back to their default in a job it starts: the reader's own
    /// handlers (termination, job control) and anything it ignores must not leak into
    /// the editor.
    private static let signalsReset: [Int32] = [
        SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD, SIGPIPE, SIGWINCH, SIGCONT,
    ]

    /// Starts `arguments` (an absolute path first), gives it the terminal, waits for it
    /// to exit and returns its exit status (128 + the signal number when a signal
    /// killed it). Input typed while it ran but not read by it is discarded.
    static func run(_ arguments: [String]) throws(ForegroundProcessError) -> Int32 {
        let handsOverTerminal = isatty(terminal) == 1 && tcgetpgrp(terminal) == getpgrp()
        let child = try spawn(arguments, ownGroup: handsOverTerminal)
        if handsOverTerminal {
            // Set the group from this side too, as shells do: whichever of parent and child
            // runs first, the group exists before the terminal is handed to it.
            _ = setpgid(child, child)
            giveTerminal(to: child)
        }
        let status = wait(for: child, handsOverTerminal: handsOverTerminal)
        if handsOverTerminal {
            giveTerminal(to: getpgrp())
            // The editor's unread keys and late answers to its terminal queries are not
            // the reader's input.
            tcflush(terminal, TCIFLUSH)
        }
        return status
    }

    private static func spawn(_ arguments: [String], ownGroup: Bool) throws(ForegroundProcessError) -> pid_t {
        #if canImport(Darwin)
        var attributes: posix_spawnattr_t?
        #else
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var flags = Int32(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        if ownGroup {
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in signalsReset { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        #if canImport(Darwin)
        let environment = _NSGetEnviron().pointee
        #else
        let environment = environ
        #endif
        let result = posix_spawn(&child, arguments[0], nil, &attributes, argv, environment)
        guard result == 0 else { throw ForegroundProcessError(program: arguments[0], code: result) }
        return child
    }

    /// Waits for `child` to exit. A child stopped for touching the terminal before it
    /// owned it is given the terminal and continued; one stopped by the user (Ctrl-Z)
    /// stops the reader too, like any job, and both go on when the shell continues it.
    private static func wait(for child: pid_t, handsOverTerminal: Bool) -> Int32 {
        if handsOverTerminal { kill(-child, SIGCONT) }
        var status: Int32 = 0
        while true {
            let waited = waitpid(child, &status, handsOverTerminal ? WUNTRACED : 0)
            if waited == -1 {
                if errno == EINTR { continue }
                return 127
            }
            let low = status & 0x7F
            if low == 0 { return (status >> 8) & 0xFF }          // exited
            if low != 0x7F { return 128 + low }                   // killed by a signal
            let stopSignal = (status >> 8) & 0xFF                 // stopped
            if stopSignal == SIGTSTP || stopSignal == SIGSTOP {
                giveTerminal(to: getpgrp())
                raise(SIGSTOP)
            }
            giveTerminal(to: child)
            kill(-child, SIGCONT)
        }
    }

    /// Makes `group` the terminal's foreground group. SIGTTOU is ignored meanwhile: a
    /// background process (the reader, while the editor owns the terminal) is stopped
    /// by it when it calls `tcsetpgrp`.
    private static func giveTerminal(to group: pid_t) {
        let previous = signal(SIGTTOU, SIG_IGN)
        tcsetpgrp(terminal, group)
        signal(SIGTTOU, previous)
    }
}

/// A program that could not be started.
struct ForegroundProcessError: Error, CustomStringConvertible {
    var program: String
    var code: Int32

    var description: String {
        "cannot run \(program): \(String(cString: strerror(code)))"
    }
}
