import Foundation

/// Work done on another thread whose result the run loop picks up when it is ready,
/// between keys — the timeline loads while the first screen is already being read.
final class BackgroundTask<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result?
    private var finished = false

    /// Starts `work` on a new thread.
    init(_ work: @escaping @Sendable () -> Result) {
        let thread = Thread { [self] in
            Self.yieldToForeground()
            let value = work()
            lock.lock()
            result = value
            finished = true
            lock.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Lowers this thread's scheduling priority: on a machine with few cores the work must
    /// not delay the frame the user is waiting for, nor the terminal that draws it.
    static func yieldToForeground() {
        #if os(Linux)
        // On Linux, PRIO_PROCESS with who = 0 sets the nice value of the calling thread only.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }

    /// The result once, when the work has finished; `nil` before (and after taking it).
    func take() -> Result? {
        lock.lock()
        defer { lock.unlock() }
        guard finished else { return nil }
        let value = result
        result = nil
        return value
    }
}
