import Testing
@testable import DossierTUI

@Suite("The index of lines by offset")
struct LineSourceIndexTests {
    /// Lines standing for `sources` (nil: a blank or decoration line).
    private func index(_ sources: [Range<Int>?]) -> LineSourceIndex {
        LineSourceIndex(sources)
    }

    @Test func noLines() {
        let empty = index([nil, nil])
        #expect(empty.lines(holding: 0).isEmpty)
        #expect(empty.firstLine(holding: 0, emptyAtOffset: true) == nil)
        #expect(empty.line(startingAfter: -1) == nil)
    }

    /// A header, two body lines, a blank, a footnote laid out before the last body line.
    @Test func findsTheLineAtEveryBoundary() {
        let lines = index([nil, 0..<10, 10..<20, nil, 30..<40, 20..<30])
        #expect(lines.lines(holding: -1) == [])
        #expect(lines.lines(holding: 0) == [1])
        #expect(lines.lines(holding: 9) == [1])
        #expect(lines.lines(holding: 10) == [2])
        #expect(lines.lines(holding: 19) == [2])
        #expect(lines.lines(holding: 20) == [5])
        #expect(lines.lines(holding: 29) == [5])
        #expect(lines.lines(holding: 30) == [4])
        #expect(lines.lines(holding: 39) == [4])
        #expect(lines.lines(holding: 40) == [])
        #expect(lines.line(startingAfter: -1) == 1)
        #expect(lines.line(startingAfter: 0) == 2)
        #expect(lines.line(startingAfter: 25) == 4)
        #expect(lines.line(startingAfter: 30) == nil)
    }

    /// A line showing only a footnote marker stands at its offset when asked to.
    @Test func emptyRangeHoldsItsStartOnlyWhenAsked() {
        let lines = index([10..<10, 0..<10, 10..<20])
        #expect(lines.lines(holding: 10) == [2])
        #expect(lines.firstLine(holding: 10, emptyAtOffset: false) == 2)
        #expect(lines.firstLine(holding: 10, emptyAtOffset: true) == 0)
        #expect(lines.firstLine(holding: 9, emptyAtOffset: true) == 1)
    }

    /// Ranges that overlap are all found, however far back the one holding the offset starts.
    @Test func overlappingRangesAreAllFound() {
        let lines = index([0..<100, 10..<20, 50..<60, 70..<75])
        #expect(lines.lines(holding: 55) == [0, 2])
        #expect(lines.lines(holding: 30) == [0])
        #expect(lines.lines(holding: 99) == [0])
        #expect(lines.firstLine(holding: 72, emptyAtOffset: false) == 0)
    }

    /// Of lines starting at the same offset, the earlier line comes first.
    @Test func earlierLineWinsATie() {
        let lines = index([nil, 30..<30, 0..<10, 30..<40])
        #expect(lines.line(startingAfter: 20) == 1)
        #expect(lines.firstLine(holding: 30, emptyAtOffset: true) == 1)
        #expect(lines.lines(holding: 30) == [3])
    }
}
