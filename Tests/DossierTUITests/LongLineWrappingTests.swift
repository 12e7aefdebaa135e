import Testing
@testable import DossierTUI

/// A paragraph far longer than the screen wraps into the rows it always did. The counts,
/// fingerprints and rows below were recorded with the wrapper that held every glyph of
/// the paragraph at once, before it was made to hold only the line being filled.
@Suite("Wrapping a huge line")
struct LongLineWrappingTests {
    /// About `words` words of one paragraph: plain and italic runs, footnote markers,
    /// hyphenated and slashed words, dashes, CJK, a word longer than any line and a run of
    /// spaces longer than a line.
    static func paragraph(words: Int) -> [StyledRun] {
        let vocabulary = ["Pakistan", "and", "the", "Soviet", "Union", "Rawalpindi-Islamabad", "gas/oil", "talks—then",
                          "巴基斯坦和俄罗斯", "relations", "a", "Tashkent", "declaration"]
        var runs: [StyledRun] = []
        var offset = 0
        var text = ""
        var italic = false
        func flush() {
            guard !text.isEmpty else { return }
            runs.append(StyledRun(text, style: italic ? Style(attributes: .italic) : .plain, source: .text(start: offset)))
            offset += text.unicodeScalars.count
            text = ""
        }
        for index in 0..<words {
            if index % 997 == 0 { flush(); italic.toggle() }
            if index % 777 == 776 {
                flush()
                runs.append(StyledRun("[\(index)]", style: Style(attributes: .dim), source: .atom(offset..<offset),
                                      attachment: .footnote(label: "\(index)")))
            }
            if index == words / 3 { text += String(repeating: " ", count: 300) }
            text += index == words / 2 ? String(repeating: "x", count: 500) : vocabulary[(index * 7 + index / 13) % vocabulary.count]
            text += index % 11 == 0 ? "  " : " "
        }
        flush()
        return runs
    }

    /// FNV-1a over every line's full description (segments, styles, sources, attachments).
    static func fingerprint(_ lines: [WrappedLine]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for line in lines {
            for byte in "\(line)\n".utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return hash
    }

    @Test func listItemOfFiftyThousandWordsWrapsAsBefore() {
        let wrapper = LineWrapper(width: 80, firstPrefix: [StyledRun("12. ", style: Style(attributes: .dim))])
        let lines = wrapper.wrap(Self.paragraph(words: 50_000))
        #expect(lines.count == 6_329)
        #expect(Self.fingerprint(lines) == 8_486_806_863_765_477_457)
        #expect(lines.prefix(2).map(\.text) == [
            "12. Pakistan  talks—then and 巴基斯坦和俄罗斯 the relations Soviet a Union",
            "    Tashkent Rawalpindi-Islamabad declaration  gas/oil and 巴基斯坦和俄罗斯 the",
        ])
        #expect(lines.allSatisfy { $0.width <= 80 })
    }

    @Test func quoteOfFiftyThousandWordsWrapsAsBefore() {
        let bar = [StyledRun("│ ", style: Style(attributes: .dim))]
        let lines = LineWrapper(width: 37, firstPrefix: bar, restPrefix: bar).wrap(Self.paragraph(words: 50_000))
        #expect(lines.count == 14_176)
        #expect(Self.fingerprint(lines) == 8_830_442_772_660_214_914)
        #expect(lines.allSatisfy { $0.width <= 37 })
    }

    @Test func aWordWiderThanTheLineFillsWholeLines() {
        let lines = LineWrapper(width: 80).wrap(Self.paragraph(words: 2_000))
        let broken = lines.filter { $0.text.contains("xxxx") }
        #expect(broken.map(\.text) == Array(repeating: String(repeating: "x", count: 80), count: 6)
            + ["xxxxxxxxxxxxxxxxxxxx declaration  gas/oil Pakistan talks—then and 巴基斯坦和俄罗"])
    }

    /// Spaces wider than the line are not shown; the line before them covers them.
    @Test func aRunOfSpacesWiderThanTheLineEndsALine() throws {
        let lines = LineWrapper(width: 80).wrap(Self.paragraph(words: 2_000))
        let line = try #require(lines.first { ($0.source?.count ?? 0) > 300 })
        #expect(line.text == "relations Soviet  a Union declaration gas/oil Pakistan")
        #expect(line.source == 5_747..<6_102)
    }
}
