import Foundation

extension Array where Element: Sendable {
    /// `transform` applied to every element on every core, the results in the elements'
    /// order. For independent work large enough to outweigh handing it to a thread: parsing
    /// an article, not adding two numbers. `transform` must be safe to run concurrently.
    public func concurrentMap<T>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(self[index]))
        }
        return slots.values
    }
}

/// One slot per element, filled once each by concurrent workers.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    /// Every slot's value, once all are set.
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
