@testable import DossierCore
import Foundation
import Testing

@testable import DossierNotes

/// `#tags` in note bodies: which words are tags, and how the store keeps them in step
/// with the body while tags set otherwise stay.
@Suite("Note #tags")
struct NoteTagTests {
    @Test func wordsAfterAHashAreTagsButHeadingsNumbersLinksAndFragmentsAreNot() {
        #expect(NoteTags.inBody("Signed at #Tashkent, see #cold-war.") == ["Tashkent", "cold-war"])
        #expect(NoteTags.inBody("#start of a line\nand (#inside brackets) and #pakistan/us/") == ["inside", "pakistan/us", "start"])
        #expect(NoteTags.inBody("# A heading\n## Another\nIssue #14, #, ##") == [])
        #expect(NoteTags.inBody("See [[section:hanif#introduction]] and https://x.org/page#part") == [])
        #expect(NoteTags.inBody("Twice: #trade and #trade; #Ümit and #étude") == ["trade", "Ümit", "étude"])
        #expect(NoteTags.inBody("Glued #a#b") == ["a"])
    }

    @Test func syncingKeepsTagsSetOtherwiseAndFollowsTheBody() {
        #expect(NoteTags.synced(["explicit", "old"], oldBody: "about #old", newBody: "about #new") == ["explicit", "new"])
        #expect(NoteTags.synced(["explicit"], oldBody: "", newBody: "no tags") == ["explicit"])
        // A tag written in the body stays while the body says it.
        #expect(NoteTags.synced([], oldBody: "on #trade", newBody: "on #trade") == ["trade"])
    }

    @Test func theStoreAddsBodyTagsAndKeepsThemInStepWithTheBody() throws {
        let f = try Fixture()
        let stored = try f.store.add(try f.annotation(paragraph: 1, body: "On #trade and #steel", tags: ["explicit"]))
        #expect(stored.tags == ["explicit", "steel", "trade"])
        #expect(try f.store.list(tag: "#steel").map(\.id) == [stored.id])

        var edited = stored
        edited.body = "Only #trade now, and #wheat"
        let updated = try f.store.update(edited)
        #expect(updated.tags == ["explicit", "trade", "wheat"])
        #expect(try f.store.list(tag: "steel").isEmpty)

        // Tags set by hand: the explicit ones go, those written in the body stay.
        var retagged = updated
        retagged.tags = ["new"]
        #expect(try f.store.update(retagged).tags == ["new", "trade", "wheat"])
    }
}
