@testable import DossierCore
import Foundation
import Testing

@testable import DossierNotes

@Suite("Re-anchoring in the store")
struct ReanchorStoreTests {
    @Test func notesFollowTheirPassagesAndAreNeverDeleted() throws {
        let f = try Fixture()
        let paragraphs = f.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        let moving = try f.store.add(f.annotation(paragraph: 1, body: "moves"))
        let edited = try f.store.add(f.annotation(paragraph: 2, body: "edited"))
        let deleted = try f.store.add(f.annotation(paragraph: 3, body: "deleted"))
        let still = try f.store.add(f.annotation(paragraph: 0, body: "still"))

        // New edition: a paragraph before everything, words changed in paragraph 2,
        // paragraph 3 gone.
        var newParagraphs = paragraphs
        let editedQuote = edited.quote.split(separator: " ").enumerated()
            .map { $0.offset == 4 ? "CHANGED" : String($0.element) }.joined(separator: " ")
        newParagraphs[2] = newParagraphs[2].replacingOccurrences(of: edited.quote, with: editedQuote)
        newParagraphs.remove(at: 3)
        newParagraphs.insert("An editor's preface.", at: 0)
        let newText = Synthetic.text(newParagraphs)

        let report = try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: newText)
        #expect(report.results.count == 4)
        let byID = Dictionary(uniqueKeysWithValues: report.results.map { ($0.annotation.id, $0) })
        #expect(byID[moving.id]?.annotation.anchorStatus == .reanchored)
        #expect(byID[moving.id]?.resolution.range == newText.scalarRange(of: moving.quote))
        #expect(byID[still.id]?.annotation.anchorStatus == .reanchored)
        #expect(byID[edited.id]?.annotation.anchorStatus == .approximate)
        #expect(byID[deleted.id]?.annotation.anchorStatus == .orphaned)
        #expect(report.counts == [.reanchored: 2, .approximate: 1, .orphaned: 1])

        let stored = try f.store.list()
        #expect(stored.count == 4)
        for annotation in stored {
            let before = [moving, edited, deleted, still].first { $0.id == annotation.id }!
            #expect(annotation.modified == before.modified, "re-anchoring is not an edit")
            #expect(annotation.quote == before.quote, "the quote the user selected is kept")
            #expect(annotation.body == before.body)
        }
        // Moved notes get fresh context and position from the new text.
        let moved = try #require(try f.store.annotation(id: moving.id))
        #expect(moved.selectors == Anchor.selectors(for: newText.scalarRange(of: moving.quote)!, in: newText))
        // The approximate one points at the edited passage but keeps its original selectors.
        let approx = try #require(try f.store.annotation(id: edited.id))
        #expect(approx.selectors.quote == edited.selectors.quote)
        #expect(approx.selectors.position?.start ?? -1 >= (newText.scalarRange(of: editedQuote)?.lowerBound ?? 0) - 2)
        // The orphan keeps everything for re-attaching.
        #expect(try f.store.annotation(id: deleted.id)?.selectors == deleted.selectors)
        #expect(try f.store.list(orphans: true).map(\.id) == [deleted.id])

        // Loading again: marks persist (nothing silently becomes "exact" again).
        let again = try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: newText)
        #expect(again.counts == [.reanchored: 2, .approximate: 1, .orphaned: 1])

        // The user re-attaches the orphan somewhere and confirms the approximate one.
        let target = try #require(newText.scalarRange(of: newParagraphs[4].split(separator: " ")[0...5].joined(separator: " ")))
        let reattached = try f.store.reattach(id: deleted.id, to: target, in: newText)
        #expect(reattached.anchorStatus == .exact)
        #expect(reattached.modified > deleted.modified)
        let confirmed = try f.store.reattach(
            id: edited.id, to: try #require(newText.scalarRange(of: editedQuote)), in: newText)
        #expect(confirmed.quote == editedQuote)
        let final = try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: newText)
        #expect(final.counts[.exact] == 2)
        #expect(throws: NotesStoreError.self) { try f.store.reattach(id: UUID(), to: 0..<3, in: newText) }
        #expect(throws: NotesStoreError.invalidRange(0..<0)) { try f.store.reattach(id: deleted.id, to: 0..<0, in: newText) }
    }

    @Test func otherArticlesAreNotTouched() throws {
        let f = try Fixture()
        let elsewhere = try f.store.add(f.annotation(paragraph: 1, article: "rapprochement"))
        let report = try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: "")
        #expect(report.results.isEmpty)
        #expect(try f.store.annotation(id: elsewhere.id) == elsewhere)
    }
}

@Suite("Re-anchoring a duplicated passage")
struct DuplicatedPassageTests {
    /// The paragraph holding a note is duplicated above it: the passage, with its
    /// whole stored context, now occurs twice — what `notes add` would refuse as
    /// ambiguous. The note stays on the copy the resolver picks but is flagged
    /// `approximate`, never silently `exact`.
    @Test func aPassageDuplicatedAboveItIsFlagged() throws {
        let f = try Fixture()
        var paragraphs = f.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        // Mid-paragraph, so that the stored context (32 scalars each side) lies inside the paragraph.
        let quote = paragraphs[2].split(separator: " ")[20..<26].joined(separator: " ")
        let range = try #require(f.text.scalarRange(of: quote))
        let note = try f.store.add(Annotation(
            collection: "pakistan-russia", article: "hussain",
            selectors: try #require(Anchor.selectors(for: range, in: f.text)), kind: .note, body: "which copy?"))
        paragraphs.insert(paragraphs[2], at: 2)
        let duplicated = Synthetic.text(paragraphs)
        guard case .ambiguous = QuoteSearch.find(note.selectors.quote, in: duplicated) else {
            Issue.record("the fixture does not duplicate the passage")
            return
        }
        let report = try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: duplicated)
        let result = try #require(report.results.first)
        #expect(result.annotation.anchorStatus == .approximate)
        #expect(result.annotation.selectors.quote == note.selectors.quote, "what the user selected is kept")
        #expect(try f.store.annotation(id: note.id)?.anchorStatus == .approximate)
        // Once the duplicate is gone, the passage is unique and the note exact again.
        let single = try f.store.reanchor(collection: "pakistan-russia", article: "hussain", plainText: f.text)
        #expect(single.results.first?.annotation.anchorStatus == .exact)
    }
}
