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
}
