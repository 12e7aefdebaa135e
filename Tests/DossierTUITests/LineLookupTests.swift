@testable import DossierCore
import Testing
@testable import DossierTUI

/// The line of an offset in the bundled articles, at every line's boundaries, is the one
/// a scan of every line in order finds (the definition the reader always used).
@Suite("Finding the line of an offset")
struct LineLookupTests {
    /// The line whose range holds `offset` (an empty range: at its start), else the
    /// first line starting after it, else the last line.
    private func scannedLine(containing offset: Int, in lines: [WrappedLine]) -> Int {
        var after: (index: Int, start: Int)?
        for (index, line) in lines.enumerated() {
            guard let source = line.source else { continue }
            if source.contains(offset) || (source.isEmpty && source.lowerBound == offset) { return index }
            if source.lowerBound > offset, after.map({ source.lowerBound < $0.start }) ?? true {
                after = (index, source.lowerBound)
            }
        }
        return after?.index ?? max(0, lines.count - 1)
    }

    /// The first line that draws `offset`, else the first whose range holds it, else
    /// ``scannedLine(containing:in:)``.
    private func scannedLine(showing offset: Int, in lines: [WrappedLine]) -> Int {
        let holding = lines.indices.filter { lines[$0].source?.contains(offset) ?? false }
        return holding.first { LineColumns.column(of: offset, in: lines[$0]) != nil } ?? holding.first
            ?? scannedLine(containing: offset, in: lines)
    }

    @Test(arguments: [40, 120])
    func everyLineBoundaryOfEveryArticle(width: Int) {
        for article in ReaderFixture.collection.articles {
            let layout = LaidOutArticle(article: article, document: article.read().document, width: width)
            let lines = Array(layout.wrapped)
            var offsets: Set<Int> = [-1, 0]
            for line in lines {
                guard let source = line.source else { continue }
                offsets.formUnion([source.lowerBound - 1, source.lowerBound, source.upperBound - 1, source.upperBound])
            }
            for offset in offsets.sorted() {
                #expect(layout.lineIndex(containing: offset) == scannedLine(containing: offset, in: lines),
                        "\(article.id) at \(width): offset \(offset)")
                #expect(layout.lineShowing(offset) == scannedLine(showing: offset, in: lines),
                        "\(article.id) at \(width): offset \(offset)")
            }
        }
    }
}
