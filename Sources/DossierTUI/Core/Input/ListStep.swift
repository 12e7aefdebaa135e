/// How far a movement command moves the cursor of a list pane (browser, timeline): one
/// table, so every list pages and jumps alike.
enum ListStep {
    /// The rows to move for `command` in a list of `count` rows shown `height` at a time;
    /// nil when the command is not a movement.
    static func delta(for command: Command, height: Int, count: Int) -> Int? {
        switch command {
        case .lineDown: return 1
        case .lineUp: return -1
        case .pageDown: return height
        case .pageUp: return -height
        case .halfPageDown: return max(1, height / 2)
        case .halfPageUp: return -max(1, height / 2)
        case .top: return -count
        case .bottom: return count
        default: return nil
        }
    }
}
