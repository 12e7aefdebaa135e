import DossierIndex
import Foundation

/// Runs the reader's content-index work — the refresh at start, collection searches — on
/// one background queue, so that no key waits for it; the run loop takes the events it
/// posts between keys. Asking for a search makes it the newest: an older one still running
/// stops at its next batch (and the reducer drops anything it sent late).
final class IndexWorker: @unchecked Sendable {
    private let readerIndex: ReaderIndex
    /// Nil: each job runs in place when asked for (tests, for determinism).
    private let queue: DispatchQueue?
    private let lock = NSLock()
    private var outbox: [AppEvent] = []
    private var running = 0
    private var newestSearch = 0

    init(index: ContentIndex, inBackground: Bool) {
        readerIndex = ReaderIndex(index: index)
        queue = inBackground ? DispatchQueue(label: "dossier.content-index", qos: .utility) : nil
    }

    func refresh() {
        submit { index, post in index.refresh(post: post) }
    }

    func search(_ text: String, generation: Int) {
        lock.withLock { newestSearch = generation }
        submit { [self] index, post in
            index.search(text, generation: generation, isCurrent: { lock.withLock { newestSearch == generation } }, post: post)
        }
    }

    /// Whether work is running or its events wait to be taken.
    var isBusy: Bool {
        lock.withLock { running > 0 || !outbox.isEmpty }
    }

    /// The events posted since the last call, in order.
    func takeEvents() -> [AppEvent] {
        lock.withLock {
            defer { outbox = [] }
            return outbox
        }
    }

    private func submit(_ job: @escaping @Sendable (ReaderIndex, (AppEvent) -> Void) -> Void) {
        lock.withLock { running += 1 }
        let work = { @Sendable [self] in
            job(readerIndex) { event in lock.withLock { outbox.append(event) } }
            lock.withLock { running -= 1 }
        }
        if let queue {
            queue.async {
                BackgroundTask<AppEvent>.yieldToForeground()
                work()
            }
        } else {
            work()
        }
    }
}
