import DossierCore

/// A one-row histogram of events per decade — `1940 ▂▅█▃▁▂▄▆▇ 2020` — with the decade of
/// the selected event highlighted.
public struct DensityStrip: Widget {
    public var events: [Event]
    public var selectedDecade: Int?
    public var theme: Theme

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public init(events: [Event], selectedDecade: Int?, theme: Theme) {
        self.events = events
        self.selectedDecade = selectedDecade
        self.theme = theme
    }

    /// Events per decade, from the first decade to the last (empty decades included).
    public static func counts(_ events: [Event]) -> [(decade: Int, count: Int)] {
        guard let first = events.map(\.date.decade).min(), let last = events.map(\.date.decade).max() else { return [] }
        var counts: [Int: Int] = [:]
        for event in events { counts[event.date.decade, default: 0] += 1 }
        return stride(from: first, through: last, by: 10).map { ($0, counts[$0] ?? 0) }
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let row = area.row(0)
        let counts = Self.counts(events)
        guard !row.isEmpty, let first = counts.first, let last = counts.last else { return }
        let left = "\(first.decade) "
        let right = " \(last.decade)"
        let available = row.width - DisplayWidth.of(left) - DisplayWidth.of(right)
        let cell = max(1, min(3, available / max(1, counts.count)))
        let showLabels = available >= counts.count
        var x = row.x
        if showLabels { x += buffer.put(left, x: x, y: row.y, style: theme.dim, maxWidth: row.maxX - x) }
        let peak = max(1, counts.map(\.count).max() ?? 1)
        for (decade, count) in counts {
            guard x + cell <= row.maxX else { break }
            let symbol: Character = count == 0 ? " " : Self.levels[min(Self.levels.count - 1, (count * Self.levels.count - 1) / peak)]
            var style = theme.gutterMark
            if decade == selectedDecade { style = style.patched(with: Style(attributes: .reverse)) }
            x += buffer.put(String(repeating: String(symbol), count: cell), x: x, y: row.y, style: style, maxWidth: row.maxX - x)
        }
        if showLabels { buffer.put(right, x: x, y: row.y, style: theme.dim, maxWidth: row.maxX - x) }
    }
}
