import DossierCore

/// A one-row histogram of events per decade — `1940 ▂▅█▃▁▂▄▆▇ 2020` — with the decade of
/// the selected event highlighted. When the events span more decades than the row has cells
/// (1700 to 2024 in a narrow pane), each cell counts two decades, or three, as many as needed
/// for the whole span to fit between its labels.
struct DensityStrip: Widget {
    var events: [Event]
    var selectedDecade: Int?
    var theme: Theme

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    init(events: [Event], selectedDecade: Int?, theme: Theme) {
        self.events = events
        self.selectedDecade = selectedDecade
        self.theme = theme
    }

    /// Events per decade, from the first decade to the last (empty decades included).
    static func counts(_ events: [Event]) -> [(decade: Int, count: Int)] {
        guard let first = events.map(\.date.decade).min(), let last = events.map(\.date.decade).max() else { return [] }
        var counts: [Int: Int] = [:]
        for event in events { counts[event.date.decade, default: 0] += 1 }
        return stride(from: first, through: last, by: 10).map { ($0, counts[$0] ?? 0) }
    }

    /// `counts` merged into at most `width` bins of whole decades (each bin as wide in years as
    /// the others), so that a span of centuries fits the row; `years` is each bin's length.
    static func bins(_ counts: [(decade: Int, count: Int)], fitting width: Int) -> (bins: [(start: Int, count: Int)], years: Int) {
        guard counts.count > max(1, width) else { return (counts.map { ($0.decade, $0.count) }, 10) }
        let decadesPerBin = (counts.count + width - 1) / width
        var bins: [(start: Int, count: Int)] = []
        for (index, entry) in counts.enumerated() {
            if index % decadesPerBin == 0 { bins.append((entry.decade, 0)) }
            bins[bins.count - 1].count += entry.count
        }
        return (bins, decadesPerBin * 10)
    }

    /// The narrowest strip worth labelling with its first and last decade.
    static let minimumLabelledBins = 4

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let row = area.row(0)
        let counts = Self.counts(events)
        guard !row.isEmpty, let first = counts.first, let last = counts.last else { return }
        let left = "\(first.decade) "
        let right = " \(last.decade)"
        let labelled = row.width - DisplayWidth.of(left) - DisplayWidth.of(right)
        // Labels stay while a few bins fit between them; the bins widen (two decades, three…) to fit.
        let showLabels = labelled >= min(counts.count, Self.minimumLabelledBins)
        let available = showLabels ? labelled : row.width
        let (bins, years) = Self.bins(counts, fitting: available)
        let cell = max(1, min(3, available / max(1, bins.count)))
        var x = row.x
        if showLabels { x += buffer.put(left, x: x, y: row.y, style: theme.dim, maxWidth: row.maxX - x) }
        let peak = max(1, bins.map(\.count).max() ?? 1)
        for bin in bins {
            guard x + cell <= row.maxX else { break }
            let symbol: Character = bin.count == 0 ? " " : Self.levels[min(Self.levels.count - 1, (bin.count * Self.levels.count - 1) / peak)]
            var style = theme.gutterMark
            if let selectedDecade, (bin.start..<bin.start + years).contains(selectedDecade) {
                style = style.patched(with: Style(attributes: .reverse))
            }
            x += buffer.put(String(repeating: String(symbol), count: cell), x: x, y: row.y, style: style, maxWidth: row.maxX - x)
        }
        if showLabels { buffer.put(right, x: x, y: row.y, style: theme.dim, maxWidth: row.maxX - x) }
    }
}
