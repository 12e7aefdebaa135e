/// The section browser: which articles are unfolded and the selected row.
struct BrowserState: Hashable, Sendable {
    /// Ids of the articles whose sections are shown.
    var expanded: Set<String> = []
    /// The selected row, into ``BrowserRows``.
    var cursor = 0
    /// The first row shown.
    var top = 0

    init() {}
}
