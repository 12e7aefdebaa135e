@testable import DossierCore
import Testing
@testable import DossierTUI

/// The timeline's density strip: one cell per decade while the span fits, wider bins when it does not.
@Suite struct DensityStripTests {
    func events(_ years: [Int]) -> [Event] {
        years.enumerated().map { index, year in Event(id: "event-\(index)", title: "Event \(index)", date: EventDate(start: .init(year: year))) }
    }

    func render(_ years: [Int], width: Int) -> String {
        var buffer = ScreenBuffer(width: width, height: 1)
        DensityStrip(events: events(years), selectedDecade: nil, theme: .monochrome)
            .render(into: &buffer, area: Rect(x: 0, y: 0, width: width, height: 1))
        return buffer.textLines()[0]
    }

    @Test func aCenturyFitsOneCellPerDecade() {
        let line = render([1947, 1948, 1965, 2021], width: 40)
        #expect(line.hasPrefix("1940 ███   ▄▄▄" + String(repeating: " ", count: 15) + "▄▄▄ 2020"), "\(line)")
    }

    /// Events from 1700 to 2024 in a narrow pane: both labels stay, the last decades are drawn.
    @Test func centuriesOfEventsKeepTheLabelsAndTheLastDecades() {
        let line = render([1700, 1750, 1947, 1948, 2021, 2024], width: 30)
        #expect(line.hasPrefix("1700 "))
        #expect(line.trimmingCharacters(in: .whitespaces).hasSuffix(" 2020"))
        let strip = line.dropFirst(5).dropLast(5)
        #expect(strip.last.map { $0 != " " } ?? false, "the last bin (2020s) is drawn: \(line)")
    }

    @Test func binsSpanWholeDecades() {
        let counts = DensityStrip.counts(events([1700, 1750, 2021]))
        #expect(counts.count == 33)
        let (bins, years) = DensityStrip.bins(counts, fitting: 20)
        #expect(years == 20 && bins.count == 17)
        #expect(bins.first?.start == 1700 && bins.last?.start == 2020 && bins.map(\.count).reduce(0, +) == 3)
    }
}
