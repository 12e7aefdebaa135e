@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// Following `[[…]]` links from a note: the link under the cursor, and where each kind
/// of link leads on the bundled collection.
@Suite("Notes pane: following links")
struct NotesPaneLinkTests {
    typealias F = NotesPaneFixture

    /// The fixture's notes as a database holds them, by their names.
    static let navigator = NoteLinkNavigator(
        collection: ReaderFixture.collection, documents: ReaderFixture.timeline.documents, timeline: ReaderFixture.timeline.timeline,
        notes: NoteDirectory(try! F.stored(F.annotations) { try $0.noteNames(collection: "test") }))

    @Test func theLinkUnderTheCursor() {
        let body = "See [[event:tashkent-declaration-1966]] and [[Mediation|the note]]."
        #expect(NoteLinkNavigator.link(atOffset: 3, in: body) == nil)
        #expect(NoteLinkNavigator.link(atOffset: 4, in: body)?.target == .event("tashkent-declaration-1966"))
        #expect(NoteLinkNavigator.link(atOffset: 20, in: body)?.target == .event("tashkent-declaration-1966"))
        #expect(NoteLinkNavigator.link(atOffset: 39, in: body)?.target == .event("tashkent-declaration-1966"))
        #expect(NoteLinkNavigator.link(atOffset: 41, in: body) == nil)
        let label = NoteLinkNavigator.link(atOffset: 50, in: body)
        #expect(label?.target == .note("Mediation"))
        #expect(label?.label == "the note")
        // Offsets count scalars, as the editor's cursor does.
        let cjk = "注：[[article:hanif]]"
        #expect(NoteLinkNavigator.link(atOffset: 2, in: cjk)?.target == .article("hanif"))
    }

    @Test func linksFromTheEditorsCursor() {
        var editor = NoteEditorState(purpose: .edit(id: F.id(4), kind: .note), quote: "q",
                                     body: "First line\nsee [[entity:alexei-kosygin]] here", screen: Size(width: 80, height: 24))
        editor.moveCursor(toRow: 1, column: 8)
        let destination = Self.navigator.destination(atOffset: editor.text.cursorOffsetInText, in: editor.body)
        #expect(destination == .entity(id: "alexei-kosygin"))
    }

    @Test func eventsLeadToATellingPreferablyInTheArticleBeingRead() throws {
        let inHanif = Self.navigator.destination(of: .event("tashkent-declaration-1966"), preferredArticle: "hanif")
        guard case .event(let id, let article, let range) = inHanif else {
            Issue.record("not an event: \(inHanif)")
            return
        }
        #expect(id == "tashkent-declaration-1966")
        #expect(article == "hanif")
        let document = try #require(ReaderFixture.timeline.documents["hanif"])
        #expect(document.plainText.text(in: try #require(range)).hasPrefix("In 1966 USSR mediated"))
        #expect(inHanif.passage?.article == "hanif")
        let first = Self.navigator.destination(of: .event("tashkent-declaration-1966"))
        if case .event(_, let article, _) = first { #expect(article == "chronology") }
    }

    @Test func unknownTargetsSayWhatIsWrongWithSuggestions() {
        guard case .unresolved(_, let message) = Self.navigator.destination(of: .event("tashkent-declaration")) else {
            Issue.record("resolved")
            return
        }
        #expect(message.hasPrefix("No event “tashkent-declaration”. Did you mean tashkent-declaration-1966"))
        guard case .unresolved(_, let section) = Self.navigator.destination(of: .section(article: "hanif", section: "introductoin")) else {
            Issue.record("resolved")
            return
        }
        #expect(section == "No section “introductoin” in hanif. Did you mean introduction?")
        #expect(Self.navigator.destination(of: .article("nowhere")) == .unresolved(.article("nowhere"), message: "No article “nowhere”."))
    }

    @Test func entitiesArticlesAndSections() {
        #expect(Self.navigator.destination(of: .entity("Kosygin")) == .entity(id: "alexei-kosygin"))
        #expect(Self.navigator.destination(of: .article("hussain")) == .article(id: "hussain"))
        #expect(Self.navigator.destination(of: .section(article: "hanif", section: "introduction")) == .section(article: "hanif", section: "introduction"))
    }

    @Test func notesByIdOrTitle() {
        let byTitle = Self.navigator.destination(of: .note("mediation"))
        let quote = F.document.plainText.occurrences(of: "The Soviet Union mediated")[0]
        #expect(byTitle == .note(id: F.id(4), article: "relations", range: TextRange(start: quote, end: quote + 25)))
        #expect(Self.navigator.destination(of: .note("urn:uuid:" + F.id(4).uuidString.lowercased())) == byTitle)
        // An orphaned note is found, without a passage to show.
        #expect(Self.navigator.destination(of: .note(F.id(6).uuidString)) == .note(id: F.id(6), article: "relations", range: nil))
        #expect(Self.navigator.destination(of: .note("No such note")) == .unresolved(.note("No such note"), message: "No note is titled “No such note”."))
    }

    @Test func beforeTheTimelineLoads() {
        let navigator = NoteLinkNavigator(collection: ReaderFixture.collection, timeline: nil, notes: NoteDirectory())
        #expect(navigator.destination(of: .event("x")) == .unresolved(.event("x"), message: "The events are still loading."))
        // An unparsed article's section is not checked yet.
        #expect(navigator.destination(of: .section(article: "hanif", section: "anything")) == .section(article: "hanif", section: "anything"))
    }
}
