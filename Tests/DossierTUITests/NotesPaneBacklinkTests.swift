@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// "N notes link here": backlinks counted over a collection's notes.
@Suite("Notes pane: backlinks")
struct NotesPaneBacklinkTests {
    typealias F = NotesPaneFixture

    static let linking = [
        F.annotation(20, "Pakistan", kind: .note, body: "[[event:tashkent-declaration-1966]] and [[Mediation]], [[Event:Tashkent-Declaration-1966|again]]"),
        F.annotation(21, "Soviet Union", kind: .note, body: "[[event:TASHKENT-DECLARATION-1966]] [[urn:uuid:\(F.id(4).uuidString.lowercased())]] [[section:relations#tashkent]]"),
        F.annotation(22, "1948", kind: .question, body: "[[entity:ussr]] [[article:hanif]] [[\(F.id(22).uuidString)]]"),
    ]

    /// The fixture's notes and the linking ones in a database, read as the reader reads
    /// them for the article "relations".
    static func notes() throws -> CollectionNotes {
        try F.stored(F.annotations + linking) { store in
            try CollectionNotes.load(from: store, collection: "test", article: "relations", timeline: nil)
        }
    }

    @Test func eventsEntitiesArticlesAndSections() throws {
        let notes = try Self.notes()
        #expect(notes.backlinks(to: .event("tashkent-declaration-1966")) == 2)
        #expect(notes.backlinks(to: .event("simla-agreement-1972")) == 0)
        #expect(notes.backlinks(to: .entity("USSR")) == 1)
        #expect(notes.backlinks(to: .article("hanif")) == 1)
        #expect(notes.backlinks(to: .section(article: "relations", section: "tashkent")) == 1)
        #expect(notes.article.sectionBacklinks == ["tashkent": 1])
        // The fixture's "Mediation" note links to an id that names no event: still counted.
        #expect(notes.notedEvents == ["tashkent-declaration-1966", "tashkent-declaration"])
    }

    @Test func notesByTitleAndIdEachLinkingNoteOnce() throws {
        let notes = try Self.notes()
        let mediation = try #require(F.annotations.first { $0.id == F.id(4) })
        #expect(mediation.title == "Mediation")
        #expect(notes.article.backlinks[mediation.id] == 2)
        // A note linking to itself does not count.
        let selfLinking = try #require(Self.linking.last)
        #expect(notes.article.backlinks[selfLinking.id] == nil)
        #expect(notes.article.annotations.count == 9)
        #expect(notes.article.annotations.allSatisfy { $0.article == "relations" })
    }
}
