/// Keys typed that wait for the next one: a count for a motion (`12` of `12j`), or `m` /
/// `'` waiting for the mark's letter. Shown in the status line while typed.
struct PendingKeys: Hashable, Sendable {
    /// The largest count: enough for any article, small enough to repeat a motion.
    static let maximumCount = 9999

    /// The count typed so far, if any.
    var count: Int?
    /// ``Command/setMark`` or ``Command/jumpToMark`` waiting for its letter.
    var mark: Command?

    /// The count with `digit` typed after it (a first digit starts it), capped.
    func counting(_ digit: Int) -> Int {
        min(Self.maximumCount, (count ?? 0) * 10 + digit)
    }

    /// Whether `command` is a motion a count repeats: moving in a pane or a list, and
    /// the character cursor's motions.
    static func isCountable(_ command: Command) -> Bool {
        switch command {
        case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp,
             .extendCharacterForward, .extendCharacterBackward, .extendLineDown, .extendLineUp,
             .extendWordForward, .extendWordBackward, .extendWordEnd,
             .extendSentenceForward, .extendSentenceBackward, .extendParagraphForward, .extendParagraphBackward:
            return true
        default:
            return false
        }
    }
}
