@testable import DossierCore
@testable import DossierNotes
import Foundation
import Testing
@testable import DossierTUI

/// (state, key) → state for the note editor's links: `[[` completion, the question
/// before saving links that name nothing, and `#` for a note's tags — with the bundled
/// collection and a real notes database.
@Suite("Reader: links that complete and warn, tags")
struct NoteLinkCompletionTests {
    typealias H = NotesHarness

    /// The note editor open on hanif's first sentence.
    func writingANote(_ annotations: @escaping (NotesHarness) throws -> [Annotation] = { _ in [] }) throws -> NotesHarness {
        let harness = try NotesHarness(annotations: annotations)
        harness.openHanifIntroduction()
        harness.press(.character("c"), .character(")"), .character("v"), .character(")"), .character("a"))
        return harness
    }

    func editor(_ harness: NotesHarness) throws -> NoteEditorState {
        guard case .noteEditor(let editor)? = harness.state.overlay else { throw EditorClosed() }
        return editor
    }

    struct EditorClosed: Error {}

    @Test func twoBracketsOfferLinksFilteredAsYouTypeAndEnterInsertsTheFullLink() throws {
        let harness = try writingANote()
        harness.type("See [")
        #expect(try editor(harness).completion == nil)
        harness.type("[")
        let opened = try #require(try editor(harness).completion)
        #expect(opened.query == "")
        #expect(opened.offset == 4)
        harness.type("event:tashkent-decl")
        let completion = try #require(try editor(harness).completion)
        #expect(completion.query == "event:tashkent-decl")
        let matches = LinkCandidate.matching(completion.query, in: LinkCandidate.all(in: harness.state))
        #expect(matches.first?.markup == "[[event:tashkent-declaration-1966]]")
        #expect(harness.render().text.contains("event    tashkent-declaration-1966"))
        harness.press(.enter)
        let done = try editor(harness)
        #expect(done.completion == nil)
        #expect(done.body == "See [[event:tashkent-declaration-1966]]")
        harness.type(" then")
        #expect(try editor(harness).body == "See [[event:tashkent-declaration-1966]] then")
        harness.press(.control("s"))
        #expect(try harness.stored().map(\.body) == ["See [[event:tashkent-declaration-1966]] then"])
    }

    @Test func aKindPrefixPutsThatKindFirstAndDownChoosesTheNext() throws {
        let harness = try writingANote()
        harness.type("[[ev")
        let all = LinkCandidate.all(in: harness.state)
        let matches = LinkCandidate.matching("ev", in: all)
        let events = all.filter { $0.kind == .event }
        #expect(!events.isEmpty)
        #expect(matches.prefix(events.count).allSatisfy { $0.kind == .event })
        harness.press(.down, .down, .up)
        #expect(try editor(harness).completion?.cursor.selected == 1)
        harness.press(.tab)
        #expect(try editor(harness).body == matches[1].markup)
    }

    @Test func escClosesTheListAndKeepsTheTypedTextThenEscAsksAsBefore() throws {
        let harness = try writingANote()
        harness.type("[[no such thing at all")
        #expect(harness.render().text.contains("Nothing matches “no such thing at all”"))
        harness.press(.escape)
        let editor = try editor(harness)
        #expect(editor.completion == nil)
        #expect(editor.body == "[[no such thing at all")
        #expect(!editor.isConfirmingDiscard)
        harness.press(.escape)
        #expect(try self.editor(harness).isConfirmingDiscard)
    }

    @Test func movingOffTheLinkOrClosingItEndsTheCompletion() throws {
        let harness = try writingANote()
        harness.type("[[tash")
        harness.press(.left, .left, .left, .left)
        #expect(try editor(harness).completion?.query == "")
        harness.press(.left)
        #expect(try editor(harness).completion == nil)
        harness.press(.end)
        harness.type("]] [[x")
        #expect(try editor(harness).completion?.query == "x")
        harness.press(.enter)    // a list of one: whatever matches x first
        #expect(try editor(harness).completion == nil)
        harness.type("\n")
        #expect(try editor(harness).body.hasSuffix("\n"))
    }

    @Test func matchingIgnoresCaseAndDiacritics() {
        let candidates = [
            LinkCandidate(kind: .entity, identifier: "alexei-kosygin", label: "Alexeï Kosygin"),
            LinkCandidate(kind: .event, identifier: "tashkent-declaration-1966", label: "The Tashkent Declaration"),
        ]
        #expect(LinkCandidate.matching("KOSYGIN", in: candidates).map(\.identifier) == ["alexei-kosygin"])
        #expect(LinkCandidate.matching("alexeï", in: candidates).map(\.identifier) == ["alexei-kosygin"])
        #expect(LinkCandidate.matching("Alexei kosy", in: candidates).map(\.identifier) == ["alexei-kosygin"])
        #expect(LinkCandidate.matching("declaration tashkent", in: candidates).map(\.identifier) == ["tashkent-declaration-1966"])
        #expect(LinkCandidate.matching("", in: candidates).count == 2)
        // The kind first, then a word's start, then anywhere.
        #expect(LinkCandidate.matching("e", in: candidates).map(\.kind) == [.entity, .event])
        #expect(LinkCandidate.matching("ev", in: candidates).map(\.kind) == [.event])
    }

    @Test func notesAreOfferedByHandleAndTheLinkFollowsToTheNote() throws {
        let harness = try writingANote { [$0.annotation("hanif", quote: H.secondSentence, body: "The declaration itself")] }
        let target = try #require(try harness.stored().first)
        let handle = try #require(try harness.store.handle(of: target.id))
        #expect(harness.state.annotations.collection?.names.note(id: target.id)?.handle == handle)
        harness.type("[[note:declaration")
        harness.press(.enter)
        #expect(try editor(harness).body == "[[note:\(handle)]]")
        harness.press(.control("s"))
        #expect(harness.state.overlay == nil)
        let navigator = LinkFollower.navigator(harness.state)
        guard case .note(let id, "hanif", _) = navigator.destination(of: .note(handle)) else {
            Issue.record("the handle does not lead to the note")
            return
        }
        #expect(id == target.id)
        #expect(harness.state.annotations.collection?.article.backlinks[target.id] == 1)
    }

    @Test func savingLinksThatNameNothingAsksFirst() throws {
        let harness = try writingANote()
        harness.type("See [[event:no-such-event]] and [[entity:nobody-at-all]] and [[event:tashkent-declaration-1966]]")
        harness.press(.control("s"))
        #expect(try harness.stored().isEmpty)
        #expect(try editor(harness).unresolvedLinks == ["[[event:no-such-event]]", "[[entity:nobody-at-all]]"])
        let screen = harness.render().text
        #expect(screen.contains("2 links resolve to nothing: [[event:no-such-event]] [[entity:nobody-at-all]]"))
        #expect(screen.contains("2 links resolve to nothing: [[event:no-such-event]] … Save anyway? y/n"))
        #expect(AppView.cursor(harness.state) == nil)
        // n: back to the text, unsaved.
        harness.press(.character("n"))
        #expect(try editor(harness).unresolvedLinks.isEmpty)
        #expect(try editor(harness).body.hasSuffix("1966]]"))
        #expect(try harness.stored().isEmpty)
        // y: saved as written.
        harness.press(.control("s"), .character("y"))
        #expect(harness.state.overlay == nil)
        #expect(try harness.stored().map(\.links.count) == [3])
    }

    @Test func theExternalEditorsUnresolvedLinksAreAskedAboutToo() throws {
        let harness = try NotesHarness()
        harness.openHanifIntroduction()
        harness.press(.character("c"), .character(")"), .character("v"), .character(")"))
        harness.editor = { _ in .edited("From vim: [[article:no-such-article]]") }
        harness.press(.character("E"))
        #expect(try harness.stored().isEmpty)
        #expect(try editor(harness).unresolvedLinks == ["[[article:no-such-article]]"])
        #expect(harness.state.message == "1 link resolves to nothing: [[article:no-such-article]]")
        #expect(harness.render().text.contains("Save anyway? y/n"))
        harness.press(.escape)
        #expect(try harness.stored().isEmpty)
        harness.press(.control("s"), .control("s"))
        #expect(try harness.stored().map(\.body) == ["From vim: [[article:no-such-article]]"])
    }

    @Test func hashEditsTheTagsOfTheNoteAtHandAndBodyTagsStay() throws {
        let harness = try NotesHarness { [$0.annotation("hanif", quote: H.firstSentence, body: "Uneasy #cold-war")] }
        harness.openHanifIntroduction()
        #expect(try harness.stored().first?.tags == ["cold-war"])
        harness.press(.character("4"), .character("#"))
        #expect(harness.state.prompt?.text == "cold-war")
        #expect(harness.render().text.contains("Tags (space-separated): cold-war"))
        harness.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        harness.type("#ussr  pakistan")
        harness.press(.enter)
        #expect(harness.state.prompt == nil)
        #expect(try harness.stored().first?.tags == ["cold-war", "pakistan", "ussr"])
        #expect(harness.state.message?.contains("#cold-war stays while its text says so") == true)
        #expect(harness.render().text.contains("#cold-war #pakistan #ussr"))
        // Unchanged: nothing to do; Esc: nothing changes.
        harness.press(.character("#"), .enter)
        #expect(harness.state.message == "No changes to the tags")
        harness.press(.character("#"))
        harness.type(" more")
        harness.press(.escape)
        #expect(try harness.stored().first?.tags == ["cold-war", "pakistan", "ussr"])
    }

    @Test func theHelpListsTheCompletionAndTagKeys() {
        let rows = HelpContent.rows()
        #expect(rows.contains(.binding(keys: "Enter  Tab", help: "Insert the chosen link as [[kind:id]]", context: "Link completion")))
        #expect(rows.contains(.binding(keys: "Esc", help: "Close the list, keep what you typed", context: "Link completion")))
        #expect(rows.contains { row in
            if case .binding(let keys, let help, nil) = row { return keys == "#" && help.hasPrefix("Edit that note's tags") }
            return false
        })
    }

    @Test func theNotesPaneShowsEachNotesHandle() throws {
        let harness = try NotesHarness { [$0.annotation("hanif", quote: H.firstSentence, body: "Uneasy")] }
        harness.openHanifIntroduction()
        let note = try #require(try harness.stored().first)
        let handle = try #require(try harness.store.handle(of: note.id))
        #expect(harness.render().text.contains("note:\(handle)"))
    }
}
