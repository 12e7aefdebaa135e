@testable import DossierCore
import Foundation
import GRDB
import Testing

@testable import DossierNotes

@Suite("Notes query")
struct NotesQueryTests {
    @Test func typedTextNarrowsByKindTagArticleAndStatusAndKeepsTheRestAsWords() {
        let query = NoteQuery(typed: "  kind:Question #Cold-War article:hanif status:orphaned pipeline ДАМБА ", order: .date)
        #expect(query.words == ["pipeline", "ДАМБА"])
        #expect(query.kind == .question)
        #expect(query.tag == "Cold-War")
        #expect(query.article == "hanif")
        #expect(query.status == .orphaned)
        #expect(query.order == .date)
        // What is not a known kind or status, or has no value, is searched for, not dropped.
        let unknown = NoteQuery(typed: "kind:poem status: # tag:x")
        #expect(unknown.words == ["kind:poem", "status:", "#"])
        #expect(unknown.kind == nil && unknown.status == nil && unknown.tag == "x")
        #expect(NoteQuery(typed: " ") == NoteQuery())
    }

    @Test func wordsMatchBodyQuoteTagsAndArticleWithoutRegardToCaseAllWordsRequired() throws {
        let f = try Fixture()
        let pipeline = try f.store.add(f.annotation(paragraph: 0, body: "The PIPELINE deal", tags: ["energy"]))
        let russian = try f.store.add(f.annotation(paragraph: 1, body: "Договор о дамбе"))
        let tagged = try f.store.add(f.annotation(paragraph: 2, kind: .question, body: "Who paid?", tags: ["Pipeline-Finance"]))
        let other = try f.store.add(f.annotation(paragraph: 3, kind: .highlight, article: "hanif"))
        func ids(_ typed: String) throws -> [UUID] {
            try f.store.notes(matching: NoteQuery(typed: typed), collection: "pakistan-russia").map(\.id)
        }
        #expect(try ids("pipeline") == [pipeline.id, tagged.id])
        #expect(try ids("pipeline deal") == [pipeline.id])
        #expect(try ids("ДАМБЕ") == [russian.id])
        #expect(try ids("hanif") == [other.id])
        let quoteWord = String(other.quote.split(separator: " ")[1]).uppercased()
        #expect(try ids(quoteWord + " article:hanif") == [other.id])
        #expect(try ids("kind:question") == [tagged.id])
        #expect(try ids("#energy") == [pipeline.id])
        #expect(try ids("") == [other.id, pipeline.id, russian.id, tagged.id], "document order: by article, then place")
        #expect(try f.store.notes(matching: NoteQuery(typed: ""), collection: "another").isEmpty)
        // A LIKE wildcard typed is a character like any other.
        #expect(try ids("%").isEmpty)
    }

    @Test func statusNarrowsAndDateOrderIsNewestChangeFirst() throws {
        let f = try Fixture()
        let first = try f.store.add(f.annotation(paragraph: 0, body: "first"))
        let second = try f.store.add(f.annotation(paragraph: 1, body: "second"))
        var lost = try f.annotation(paragraph: 2, body: "lost")
        lost.anchorStatus = .orphaned
        lost = try f.store.add(lost)
        try f.store.update(first, now: Date().addingTimeInterval(60))
        let byDate = try f.store.notes(matching: NoteQuery(order: .date), collection: "pakistan-russia").map(\.id)
        #expect(byDate.first == first.id)
        #expect(Set(byDate) == [first.id, second.id, lost.id])
        let byDocument = try f.store.notes(matching: NoteQuery(), collection: "pakistan-russia").map(\.id)
        #expect(byDocument == [first.id, second.id, lost.id])
        #expect(try f.store.notes(matching: NoteQuery(typed: "status:orphaned"), collection: nil).map(\.id) == [lost.id])
    }

    @Test func theQueriesUseTheIndexesOfSchemaVersionTwo() throws {
        let f = try Fixture()
        try f.store.add(f.annotation(paragraph: 0))
        let plans = try f.store.pool.read { db in
            try ["SELECT id FROM annotations WHERE collection = 'c' ORDER BY modified DESC",
                 "SELECT id FROM annotations WHERE collection = 'c' AND anchor_status = 'orphaned'"].map { sql in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined()
            }
        }
        #expect(try f.store.storedSchemaVersion() == NotesStore.schemaVersion)
        #expect(plans[0].contains("annotations_by_modified"))
        #expect(plans[1].contains("annotations_by_status"))
    }
}
