/// The section browser: which articles are unfolded and the selected row.
public struct BrowserState: Hashable, Sendable {
    /// Ids of the articles whose sections are shown.
    public var expanded: Set<String> = []
    /// The selected row, into ``BrowserRows``.
    public var cursor = 0
    /// The first row shown.
    public var top = 0

    public init() {}
}
