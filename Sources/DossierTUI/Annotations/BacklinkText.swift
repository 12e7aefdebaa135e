/// How backlinks read: "1 note links here", "3 notes link here".
enum BacklinkText {
    /// The text for `count` linking notes; `nil` for none.
    static func describe(_ count: Int) -> String? {
        switch count {
        case ..<1: return nil
        case 1: return "1 note links here"
        default: return "\(count) notes link here"
        }
    }
}
