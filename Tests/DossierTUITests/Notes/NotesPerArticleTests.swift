@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// The reader holds the notes of the article shown and counts over the collection's,
/// read by SQL queries (``CollectionNotes``), and reads what a popup lists when it opens:
/// after every change each is read again, so nothing shown is stale.
@Suite("Reader: notes read per article")
struct NotesPerArticleTests {
    @Test func onlyTheArticleShownsNotesAreHeldWithTheCollectionsCounts() throws {
        let harness = try NotesHarness { _ in ReaderGoldenTests.introductionNotes }
        let first = harness.state.reading.articleID
        #expect(harness.state.annotations.collection?.article.article == first)
        #expect(harness.state.annotations.collection?.article.annotations.allSatisfy { $0.article == first } == true)
        harness.openHanifIntroduction()
        let notes = try #require(harness.state.annotations.collection)
        #expect(notes.article.article == "hanif")
        #expect(notes.article.annotations.map(\.id) == ReaderGoldenTests.introductionNotes.prefix(4).map(\.id))
        // Counted over the collection: hussain's note links the first by its title and the Introduction.
        #expect(notes.article.backlinks == [ReaderGoldenTests.introductionNotes[0].id: 1])
        #expect(notes.article.sectionBacklinks == ["introduction": 1])
        #expect(notes.backlinks(to: .event("soviet-dissolution-1991")) == 1)
        #expect(notes.notedEvents.contains("soviet-dissolution-1991"))
        // Every note's name, for links and completion; the handles of those shown.
        #expect(notes.names.all.count == 5)
        #expect(notes.names.note(named: "COLD WAR UNEASE")?.id == ReaderGoldenTests.introductionNotes[0].id)
        #expect(Set(notes.article.handles.keys) == Set(notes.article.annotations.map(\.id)))
    }

    @Test func theEventCardListsTheNoteJustMadeNotAStaleList() throws {
        let harness = try NotesHarness()
        let event = "soviet-dissolution-1991"
        func cardText() throws -> String {
            harness.state.timelinePane.selectedEventID = event
            harness.press(.character("3"), .character("e"))
            guard case .eventCard(let card)? = harness.state.overlay else {
                Issue.record("no card: \(harness.state.message ?? "")")
                return ""
            }
            let text = try #require(EventCardView.laidOut(card, state: harness.state)).content.lines.map(\.text).joined(separator: "\n")
            harness.press(.escape)
            return text
        }
        #expect(try !cardText().contains("Notes ("))
        harness.openHanifIntroduction()
        harness.press(.character("c"), .character(")"), .character("v"), .character(")"), .character("a"))
        harness.type("See [[event:\(event)]]")
        harness.press(.control("s"))
        let stored = try harness.stored()
        #expect(stored.count == 1)
        let made = try cardText()
        #expect(made.contains("Notes (1) · 1 note links here"), "\(made)")
        #expect(harness.state.annotations.derived.notedEvents.contains(event))
        // Deleted: the card and the timeline's mark forget it.
        harness.openHanifIntroduction()
        harness.press(.character("4"))
        harness.press(.character("d"))
        #expect(try harness.stored().isEmpty, "\(harness.state.message ?? "")")
        #expect(try !cardText().contains("Notes ("))
        #expect(!harness.state.annotations.derived.notedEvents.contains(event))
    }
}
