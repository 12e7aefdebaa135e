import Testing
@testable import DossierCore

@Suite struct CountTests {
    @Test func singularForOnePluralOtherwise() {
        #expect(Count.phrase(1, "article") == "1 article")
        #expect(Count.phrase(0, "article") == "0 articles")
        #expect(Count.phrase(2, "match") == "2 matches")
        #expect(Count.phrase(1, "match") == "1 match")
        #expect(Count.phrase(3, "entity") == "3 entities")
        #expect(Count.phrase(3, "day") == "3 days")
        #expect(Count.phrase(1, "error") == "1 error")
        #expect(Count.phrase(2, "person", plural: "people") == "2 people")
    }
}
