@testable import DossierNotes
import Testing

@Suite("Note links")
struct NoteLinksTests {
    @Test func parsesEveryKind() {
        let body = """
            See [[event:tashkent-declaration]] and [[entity:zulfikar-ali-bhutto|Bhutto]],
            the article [[article:hussain]], its section [[section:hussain#the-era-of-alliances]],
            and my note [[Why 1965 matters]]; again [[event:tashkent-declaration]].
            """
        #expect(NoteLinks.targets(in: body) == [
            .event("tashkent-declaration"),
            .entity("zulfikar-ali-bhutto"),
            .article("hussain"),
            .section(article: "hussain", section: "the-era-of-alliances"),
            .note("Why 1965 matters"),
        ])
        let labels = NoteLinks.occurrences(in: body).compactMap(\.label)
        #expect(labels == ["Bhutto"])
    }

    @Test func ignoresNonLinks() {
        #expect(NoteLinks.targets(in: "[[ ]] [[a\nb]] [single] [[unclosed").isEmpty)
        #expect(NoteLinks.targets(in: "[[[x]]]") == [.note("x")])
        #expect(NoteLinks.targets(in: "[[section:no-hash]]").isEmpty)
        #expect(NoteLinks.targets(in: "[[unknown:thing]]") == [.note("unknown:thing")])
    }

    @Test func markupRoundTrips() {
        for target: LinkTarget in [.note("A title"), .event("e-1"), .section(article: "a", section: "s")] {
            #expect(NoteLinks.targets(in: target.markup) == [target])
        }
    }
}
