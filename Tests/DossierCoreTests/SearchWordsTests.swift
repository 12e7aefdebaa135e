import Testing
@testable import DossierCore

@Suite struct SearchWordsTests {
    func matches(_ term: String, in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SearchTerm(term)!.ranges(in: SearchWords(text).words).map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range.start..<range.end])
            return String(view)
        }
    }

    @Test func hyphenatedAndRunTogetherSpellingsFindEachOther() {
        let text = "The U-2 flew; a U2 crashed; the Tu-22M3 and Tu-95 did not."
        #expect(matches("U-2", in: text) == ["U-2", "U2"])
        #expect(matches("U2", in: text) == ["U-2", "U2"])
        #expect(matches("tu22m3", in: text) == ["Tu-22M3"])
        #expect(matches("22M3", in: text) == ["22M3"])
    }

    @Test func wordsNotSubstrings() {
        #expect(matches("steel", in: "Steelworks and a steel mill; steel-making.") == ["steel", "steel"])
        #expect(matches("steel*", in: "Steelworks and a steel mill.") == ["Steelworks", "steel"])
        #expect(matches("\"steel mill\"", in: "a Steel  Mill, a steel-mill, a steelmill") == ["Steel  Mill", "steel-mill", "steelmill"])
    }

    @Test func foldsCaseDiacriticsAndDashes() {
        #expect(matches("zurich", in: "Zürich, ZURICH and Zurich’s") == ["Zürich", "ZURICH", "Zurich"])
        #expect(matches("pakistan-russia", in: "Pakistan–Russia relations") == ["Pakistan–Russia"])
        #expect(matches("москва", in: "Встреча в МОСКВА") == ["МОСКВА"])
    }

    @Test func ideographsAreWordsOfTheirOwn() {
        let words = SearchWords("中华人民共和国 and 東京").words.map(\.text)
        #expect(words == ["中", "华", "人", "民", "共", "和", "国", "and", "東", "京"])
        #expect(matches("人民", in: "中华人民共和国") == ["人民"])
    }

    @Test func punctuationAloneIsNoTerm() {
        #expect(SearchTerm("—") == nil)
        #expect(SearchQuery("— …") == nil)
        #expect(SearchQuery("U-2 —")?.terms == ["U-2"])
    }

    /// The words as they were found before the text was folded as it is read: the whole text
    /// folded first (``FoldedText``), then split.
    static func referenceWords(_ text: String) -> [SearchWords.Word] {
        let folded = FoldedText(text)
        var words: [SearchWords.Word] = []
        var current = String.UnicodeScalarView()
        var currentStart = 0
        var currentEnd = 0
        var separator: [Unicode.Scalar] = []
        func finish() {
            guard !current.isEmpty else { return }
            if let last = words.indices.last, separator == ["-"] { words[last].hyphenatedToNext = true }
            words.append(SearchWords.Word(text: String(current), start: currentStart, end: currentEnd, hyphenatedToNext: false))
            current = String.UnicodeScalarView()
            separator = []
        }
        for (index, scalar) in folded.scalars.enumerated() {
            let origin = folded.origins[index]
            if SearchWords.standsAlone(scalar) {
                finish()
                current.append(scalar)
                currentStart = origin
                currentEnd = origin + 1
                finish()
            } else if SearchWords.isWordScalar(scalar) {
                if current.isEmpty { currentStart = origin }
                current.append(scalar)
                currentEnd = origin + 1
            } else {
                finish()
                separator.append(scalar)
            }
        }
        finish()
        return words
    }

    /// ASCII read by its byte and everything else scalar by scalar give the words the whole
    /// folded text gave: case, diacritics (precomposed and combining), dashes and quotes that
    /// fold to ASCII, a no-break space, ligatures and fractions that fold to several scalars,
    /// hyphens alone and doubled, CJK, kana and Hangul among ASCII words, emoji.
    @Test(arguments: [
        "The U-2 flew; a U2 crashed; the Tu-22M3 and Tu-95 did not.",
        "Zu\u{308}rich, Z\u{FC}RICH and Zurich\u{2019}s \u{2014} Pakistan\u{2013}Russia, Pakistan-\u{2010}Russia",
        "a\u{A0}b -c- d--e f- -g \u{FB01}nance \u{BD} \u{2153}x \u{2460}1 \u{FF21}\u{FF22} \u{1D400}",
        "\u{4E2D}\u{534E}abc\u{6771}\u{4EAC}-\u{3072}\u{3089}\u{304C}\u{306A} \u{D55C}\u{AD6D}\u{C5B4}x \u{1F469}\u{200D}\u{1F4BB}y",
        "\u{412}\u{441}\u{442}\u{440}\u{435}\u{447}\u{430} \u{432} \u{41C}\u{41E}\u{421}\u{41A}\u{412}\u{410}-2 \u{3B1}\u{3B2}\u{301}",
        "",
        "- - -",
        "tail-",
    ])
    func wordsAreThoseOfTheWholeFoldedText(text: String) {
        #expect(SearchWords(text).words == Self.referenceWords(text))
    }
}
