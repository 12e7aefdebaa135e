/// The back/forward stacks of jumps, as in a web browser or vim's jump list: every jump
/// records where it left from; going back returns there, going forward undoes the back.
struct NavigationHistory: Hashable, Sendable {
    /// Older locations, the most recent last.
    private(set) var back: [Location] = []
    /// Locations left by going back, the most recent last.
    private(set) var forward: [Location] = []
    /// How many locations each stack keeps.
    static let limit = 200

    init() {}

    /// Records `origin` before a jump; a new jump forgets the forward stack.
    mutating func record(_ origin: Location) {
        if back.last != origin { back.append(origin) }
        if back.count > Self.limit { back.removeFirst(back.count - Self.limit) }
        forward.removeAll()
    }

    /// The location to go back to from `current`, or `nil` when there is none.
    mutating func goBack(from current: Location) -> Location? {
        guard let target = back.popLast() else { return nil }
        forward.append(current)
        return target
    }

    /// The location to go forward to from `current`, or `nil` when there is none.
    mutating func goForward(from current: Location) -> Location? {
        guard let target = forward.popLast() else { return nil }
        back.append(current)
        return target
    }
}
