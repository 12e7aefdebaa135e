@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// The notes pane's Enter and `l`: jumping to a note's passage and following its
/// `[[…]]` links, with back returning; backlinks in the timeline.
@Suite("Reader: following notes and links")
struct NoteNavigationTests {
    typealias H = NotesHarness
    static let introductionEnd = "Russia is doomed to be an independent central power."

    @Test func enterJumpsToTheNotesPassageAndBackReturns() throws {
        let harness = try NotesHarness(width: 120, height: 14) { [$0.annotation("hanif", quote: Self.introductionEnd, body: "The end of the Introduction")] }
        harness.openHanifIntroduction()
        let top = harness.state.reading.topLine
        harness.press(.character("4"))
        #expect(harness.state.focus == .notes)
        #expect(harness.render().text.contains("The end of the Introduction"))
        harness.press(.enter)
        let layout = try #require(harness.state.laidOutArticle)
        #expect(layout.lines[harness.state.reading.cursorLine].line.text.contains("Russia is doomed"))
        #expect(harness.state.reading.topLine > top)
        harness.press(.control("o"))
        #expect(harness.state.reading.topLine == top)
    }

    @Test func lFollowsAnEventLinkToItsTellingAndBackReturns() throws {
        let harness = try NotesHarness { [$0.annotation("hanif", quote: H.firstSentence, body: "See [[event:soviet-dissolution-1991]]")] }
        harness.openHanifIntroduction()
        let cursor = harness.state.reading.cursorLine
        harness.press(.character("4"), .character("l"))
        #expect(harness.state.timelinePane.selectedEventID == "soviet-dissolution-1991")
        #expect(harness.state.message?.hasPrefix("Event: The dissolution of the Soviet Union") == true)
        let layout = try #require(harness.state.laidOutArticle)
        #expect(layout.lines[harness.state.reading.cursorLine].line.text.contains("After Cold War's end"))
        harness.press(.control("o"))
        #expect(harness.state.reading.cursorLine == cursor)
    }

    @Test func severalLinksAreListedAndEachIsFollowed() throws {
        let harness = try NotesHarness { h in [
            h.annotation("hanif", quote: H.firstSentence, body: "# Cold War unease\nDetails."),
            h.annotation("hanif", quote: H.secondSentence,
                         body: "Links: [[article:chronology]], [[Cold War unease]], [[section:hanif#conclusion]], [[entity:ussr]], [[event:no-such-event]]"),
        ] }
        harness.openHanifIntroduction()
        harness.press(.character("4"), .character("j"), .character("l"))
        guard case .links(let list)? = harness.state.overlay else {
            Issue.record("no link list: \(harness.messages)")
            return
        }
        #expect(list.links.count == 5)
        let text = harness.render().text
        #expect(text.contains("[[article:chronology]]"))
        #expect(text.contains("note “Cold War unease” in hanif"))
        #expect(text.contains("No event “no-such-event”."))
        // An article.
        harness.press(.enter)
        #expect(harness.state.reading.articleID == "chronology")
        harness.press(.control("o"))
        #expect(harness.state.reading.articleID == "hanif")
        // A note, by its title: its passage, and it is selected in the pane.
        harness.press(.character("4"), .character("j"), .character("l"), .down, .enter)
        let first = try #require(try harness.stored().first { $0.quote == H.firstSentence })
        #expect(harness.state.notes.selected == first.id)
        let layout = try #require(harness.state.laidOutArticle)
        #expect(layout.lines[harness.state.reading.cursorLine].line.text.hasPrefix("In the Cold War"))
        // A section.
        harness.press(.character("4"))
        harness.state.notes.selected = try #require(try harness.stored().first { $0.quote == H.secondSentence }).id
        harness.press(.character("l"), .down, .down, .enter)
        #expect(harness.render().text.contains(" hanif · Conclusion"))
        harness.press(.control("o"))
        // An entity: its page, whose `f` shows its events in the timeline.
        harness.press(.character("4"))
        harness.state.notes.selected = try #require(try harness.stored().first { $0.quote == H.secondSentence }).id
        harness.press(.character("l"), .down, .down, .down, .enter)
        guard case .entityPage(let page)? = harness.state.overlay else {
            Issue.record("the entity link did not open its page: \(harness.messages)")
            return
        }
        #expect(page.entityID == "ussr")
        harness.press(.character("f"))
        #expect(harness.state.timelinePane.filter.entityID == "ussr")
        #expect(harness.state.focus == .timeline)
        // An unknown event: a message, nothing moves.
        harness.press(.character("4"))
        harness.state.notes.selected = try #require(try harness.stored().first { $0.quote == H.secondSentence }).id
        harness.press(.character("l"), .end, .enter)
        #expect(harness.state.message?.hasPrefix("No event “no-such-event”.") == true)
    }

    @Test func aLinkToANoteInAnotherArticleOpensItAtTheNotesPlace() throws {
        let harness = try NotesHarness { h in [
            h.annotation("chronology", quote: "Tashkent", body: "# Chronology's Tashkent"),
            h.annotation("hanif", quote: H.firstSentence, body: "Compare [[Chronology's Tashkent]]"),
        ] }
        harness.openHanifIntroduction()
        harness.press(.character("4"), .character("l"))
        #expect(harness.state.reading.articleID == "chronology")
        #expect(harness.state.annotations.reanchored.contains("chronology"))
        let target = try #require(try harness.stored().first { $0.article == "chronology" })
        #expect(harness.state.notes.selected == target.id)
        let layout = try #require(harness.state.laidOutArticle)
        #expect(layout.lines[harness.state.reading.cursorLine].line.text.contains("Tashkent"))
    }

    @Test func theTimelineMarksEventsWithNotesAndListsThemWithTheBacklinkCount() throws {
        let harness = try NotesHarness { h in [
            h.annotation("hanif", quote: H.firstSentence, body: "See [[event:soviet-dissolution-1991]]"),
            h.annotation("hussain", quote: "Pak-Russian relations have been marred", body: "Also [[event:soviet-dissolution-1991]]"),
        ] }
        harness.openHanifIntroduction()
        #expect(harness.state.annotations.derived.notedEvents.contains("soviet-dissolution-1991"))
        harness.press(.character("3"))
        harness.state.timelinePane.selectedEventID = "soviet-dissolution-1991"
        harness.press(.character("r"))
        guard case .related(let list)? = harness.state.overlay else {
            Issue.record("no related list")
            return
        }
        #expect(list.linkingCount == 2)
        #expect(list.notes.count == 2)
        let text = harness.render().text
        #expect(text.contains("Related to: The dissolution of the Soviet Union · 2 notes link here"))
        #expect(text.contains("✎ note          hanif      “In the Cold War period"))
        // Enter on a note row: its passage.
        harness.press(.down, .enter)
        #expect(harness.state.reading.articleID == "hussain")
    }

    @Test func openingAnArticleReanchorsItsNotesAndMarksThoseThatMoved() throws {
        let harness = try NotesHarness { h in
            var moved = h.annotation("hanif", quote: H.secondSentence, body: "Moved")
            let range = try #require(moved.selectors.position?.range)
            moved.selectors.position = TextPositionSelector((range.lowerBound - 40)..<(range.upperBound - 40))
            var lost = h.annotation("hanif", quote: H.firstSentence, body: "Lost")
            lost.selectors.quote = TextQuoteSelector(exact: "A sentence that is in no article at all, anywhere.", prefix: "", suffix: "")
            return [moved, lost]
        }
        #expect(try harness.stored().allSatisfy { $0.anchorStatus == .exact })
        harness.openHanifIntroduction()
        let stored = try harness.stored()
        #expect(stored.first { $0.body == "Moved" }?.anchorStatus == .reanchored)
        #expect(stored.first { $0.body == "Lost" }?.anchorStatus == .orphaned)
        #expect(harness.messages.contains("1 note followed its moved passage · 1 note lost its passage (✗) — see the notes pane"))
        let text = harness.render().text
        #expect(text.contains("✎ ↻ “After Cold War's end"))
        #expect(text.contains("§ Not found in the text"))
        // y accepts the new place.
        harness.press(.character("4"))
        harness.state.notes.selected = stored.first { $0.body == "Moved" }?.id
        harness.press(.character("y"))
        #expect(try harness.stored().first { $0.body == "Moved" }?.anchorStatus == .exact)
        // R attaches the lost note to a selection.
        harness.state.notes.selected = stored.first { $0.body == "Lost" }?.id
        harness.press(.character("2"), .character("c"), .character(")"), .character("v"), .character(")"), .character("R"))
        let lost = try #require(try harness.stored().first { $0.body == "Lost" })
        #expect(lost.anchorStatus == .exact)
        #expect(lost.quote == H.firstSentence)
    }
}
