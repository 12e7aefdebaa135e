import Testing
@testable import DossierTUI

/// What typed text narrows a list popup's rows.
@Suite struct ListFilterTests {
    /// Only spaces keep every row, as no words do; then the search results are their hits as
    /// they are, without labels made for them.
    @Test func onlySpacesKeepEveryRow() {
        let labels = ["Peshāwar talks", "Zulfikar Ali Bhutto", "Moscow"]
        for text in ["", " ", "   "] {
            #expect(ListFilter(text: text).keepsEveryRow)
            #expect(ListFilter(text: text).indices(matching: labels) == [0, 1, 2])
        }
        #expect(!ListFilter(text: " bhu ").keepsEveryRow)
        #expect(ListFilter(text: " bhu zul").indices(matching: labels) == [1])
        #expect(ListFilter(text: "peshawar").indices(matching: labels) == [0])
    }
}
