import DossierCore
import DossierNotes
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

    static let notes = CollectionNotes(collection: "test", annotations: F.annotations + linking)

    @Test func eventsEntitiesArticlesAndSections() {
        #expect(Self.notes.backlinks(to: .event("tashkent-declaration-1966")) == 2)
        #expect(Self.notes.backlinks(to: .event("simla-agreement-1972")) == 0)
        #expect(Self.notes.backlinks(to: .entity("USSR")) == 1)
        #expect(Self.notes.backlinks(to: .article("hanif")) == 1)
        #expect(Self.notes.backlinks(to: .section(article: "relations", section: "tashkent")) == 1)
        // The fixture's "Mediation" note links to an id that names no event: still counted.
        #expect(Self.notes.linkedIdentifiers(of: .event) == ["tashkent-declaration-1966", "tashkent-declaration"])
    }

    @Test func notesByTitleAndIdEachLinkingNoteOnce() throws {
        let mediation = try #require(F.annotations.first { $0.id == F.id(4) })
        #expect(mediation.title == "Mediation")
        #expect(Self.notes.backlinks(toNote: mediation) == 2)
        // A note linking to itself does not count.
        let selfLinking = try #require(Self.linking.last)
        #expect(Self.notes.backlinks(toNote: selfLinking) == 0)
        #expect(Self.notes.annotations(inArticle: "relations").count == 9)
        #expect(Self.notes.annotations(inArticle: "hanif").isEmpty)
    }
}
