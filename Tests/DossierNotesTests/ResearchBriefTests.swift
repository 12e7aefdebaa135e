@testable import DossierCore
import Foundation
import Testing

@testable import DossierNotes

/// The research brief and the Markdown export on the bundled Content, with notes in a
/// temporary database: citations, sections, links in words, the events a note belongs
/// to, conflicts, the reference list and CSL-JSON.
@Suite("Research brief and cited export")
struct ResearchBriefTests {
    /// The bundled collection, its timeline and a fresh notes database.
    final class Setting {
        let directory: TemporaryDirectory
        let store: NotesStore
        let collection: DossierCollection
        let sources: SourceReferences

        init() throws {
            directory = try TemporaryDirectory()
            store = try NotesStore(path: directory.file("notes.sqlite"))
            var root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            for _ in 0..<3 { root.deleteLastPathComponent() }
            collection = CollectionLoader.load(directory: root.appendingPathComponent("Content").path).collection
            let loaded = TimelineLoader.load(collection: collection)
            sources = SourceReferences(collection: collection, timeline: loaded.timeline, documents: loaded.documents, store: store)
        }

        /// Adds an annotation on the first occurrence of `quote` in `article`.
        @discardableResult
        func annotate(_ article: String, _ quote: String, kind: AnnotationKind = .note, body: String = "",
                      tags: [String] = []) throws -> Annotation {
            let text = try #require(collection.article(withID: article)).read().document.plainText.string
            let range = try #require(text.scalarRange(of: quote), "no “\(quote)” in \(article)")
            let selectors = try #require(Anchor.selectors(for: range, in: text))
            return try store.add(Annotation(collection: sources.collectionKey, article: article, selectors: selectors,
                                            kind: kind, body: body, tags: tags))
        }

        func brief(_ selection: BriefSelection) throws -> ResearchBrief {
            ResearchBrief(selection: selection, sources: sources, annotations: try store.list(collection: sources.collectionKey))
        }
    }

    @Test func citationsGiveAuthorTitleVenueYearAndSection() throws {
        let setting = try Setting()
        let hussain = try #require(setting.collection.article(withID: "hussain")).metadata
        let cited = Citation(hussain, section: "Historical Recount")
        #expect(cited.inline == "Nazir Hussain, “Pak-Russia Relations: Lost Opportunities and Future Options”, "
                + "*Journal of Political Studies, vol. 19, no. 1*, 2012, § Historical Recount")
        #expect(cited.reference == "Hussain, Nazir. 2012. “Pak-Russia Relations: Lost Opportunities and Future Options.” "
                + "*Journal of Political Studies, vol. 19, no. 1*.")
        let chronology = try #require(setting.sources.citation(article: "chronology"))
        #expect(chronology.reference == "“Pak-Russia Relations.” n.d. Chronology.")
        #expect(chronology.inline == "“Pak-Russia Relations”")
        // The section is found from the passage's offset.
        let text = try #require(setting.collection.article(withID: "hussain")).read().document.plainText.string
        let offset = try #require(text.scalarRange(of: "Bhutto negotiated for the integrated steel mills")).lowerBound
        #expect(setting.sources.citation(article: "hussain", offset: offset)?.section == "Historical Recount")
    }

    @Test func linksReadAsWhatTheyName() throws {
        let setting = try Setting()
        try setting.annotate("hanif", "then in October 1974 which considerably improved bilateral relations",
                             body: "Lead for the piece\nMore.")
        let readable = setting.sources.readable(
            "See [[event:steel-mill-agreement-1972]], [[entity:zulfikar-ali-bhutto]], [[section:hussain#historical-recount]], "
                + "[[article:hanif|the policy paper]], [[Lead for the piece]] and [[event:no-such-event]].")
        #expect(readable == "See *Agreement on Soviet help for Pakistan Steel Mills* (22 January 1972), Zulfikar Ali Bhutto, "
                + "Nazir Hussain, “Pak-Russia Relations: Lost Opportunities and Future Options”, "
                + "*Journal of Political Studies, vol. 19, no. 1*, 2012, § Historical Recount, "
                + "the policy paper (Muhammad Hanif, “Pakistan-Russia Relations: Progress, Prospects and Constraints”, 2013), "
                + "the note “Lead for the piece” and [[event:no-such-event]] (unresolved link).")
    }

    @Test func aBriefTellsTheEventsInOrderWithTellingsConflictsNotesAndReferences() throws {
        let setting = try Setting()
        // On a telling of the steel mill event; on a passage elsewhere that links the 1973
        // foundation stone; a question on a telling of Bhutto's 1974 visit; and a note on
        // a passage no chosen event tells.
        try setting.annotate("hussain", "Bhutto negotiated for the integrated steel mills",
                             body: "Hussain credits Bhutto alone; compare [[event:steel-mill-agreement-1972]].", tags: ["steel"])
        try setting.annotate("hussain", "the steel mill in 1970", body: "Also [[event:steel-mill-foundation-1973]].")
        try setting.annotate("hanif", "then in October 1974 which considerably improved bilateral relations",
                             kind: .question, body: "Source for the October date?")
        try setting.annotate("hanif", "After Cold War's end and USSR's disintegration in 1991", body: "Not about steel.")

        let brief = try setting.brief(BriefSelection(filter: TimelineFilter(tag: "industry")))
        #expect(brief.events.map(\.id) == [
            "molotov-steel-mill-hint-1956", "soviet-steel-mill-interest-1958", "tyazhpromexport-steel-mill-1969",
            "pakistan-steel-mills-built", "steel-mill-agreement-1972", "steel-mill-foundation-1973", "bhutto-visits-ussr-1974",
        ])
        #expect(brief.citedArticles == ["assignment", "chronology", "hussain", "hanif", "rapprochement"])
        let markdown = brief.markdown()
        #expect(markdown.hasPrefix("# Research brief: events tagged “industry”\n\n*Pakistan and Russia* · 7 events · "
                                   + "August 1956–October 1974 · 5 sources · 3 of your notes\n"))
        // Events in time order, as headings with their dates.
        let headings = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.first == "## August 1956 — Molotov hints at a Soviet-built steel mill")
        #expect(headings.last == "## References")
        #expect(headings.count == 8)
        // A telling, quoted and cited with its section and reference number.
        #expect(markdown.contains("> “Bhutto negotiated for the integrated steel mills, which prompted the Soviet Union to establish "
                                  + "the billion dollars worth Steel mill on its own expanse”\n>\n> — Nazir Hussain, "
                                  + "“Pak-Russia Relations: Lost Opportunities and Future Options”, *Journal of Political Studies, "
                                  + "vol. 19, no. 1*, 2012, § Historical Recount [3]\n"))
        #expect(markdown.contains("; date as told: “1970”"))
        // The conflict, each source named and numbered.
        #expect(markdown.contains("**Where the sources disagree** (date): Hussain dates the steel mill to 1970"))
        #expect(markdown.contains("- Hussain [3]: 1970 ('the steel mill in 1970')"))
        #expect(markdown.contains("- “Pak-Russia Relations” [2]: Agreement 22 January 1972"))
        // Notes: under the events they are on or link to, links in words, never raw.
        let steelMill = try #require(section(of: markdown, heading: "## 1970s — The USSR builds Pakistan Steel Mills in Karachi"))
        #expect(steelMill.contains("Hussain credits Bhutto alone; compare *Agreement on Soviet help for Pakistan Steel Mills* (22 January 1972)."))
        #expect(steelMill.contains("**Note** · #steel · "))
        let foundation = try #require(section(of: markdown, heading: "## 30 December 1973 — Bhutto lays the foundation stone of Pakistan Steel Mills"))
        #expect(foundation.contains("Also *Bhutto lays the foundation stone of Pakistan Steel Mills* (30 December 1973)."))
        let visit = try #require(section(of: markdown, heading: "## October 1974 — Bhutto's state visit to Moscow"))
        #expect(visit.contains("**Question** · "))
        #expect(visit.contains("Source for the October date?"))
        #expect(!markdown.contains("Not about steel."))
        #expect(!markdown.contains("[[event:"))
        // The reference list, numbered as cited.
        #expect(markdown.hasSuffix("""
            ## References

            1. “Pakistan-Russia Relations: Post-Cold War Era.” 2020. Student assignment.
            2. “Pak-Russia Relations.” n.d. Chronology.
            3. Hussain, Nazir. 2012. “Pak-Russia Relations: Lost Opportunities and Future Options.” *Journal of Political Studies, vol. 19, no. 1*.
            4. Hanif, Muhammad. 2013. “Pakistan-Russia Relations: Progress, Prospects and Constraints.” Policy paper.
            5. “Understanding Pakistan-Russia Rapprochement.” n.d. Magazine column.

            """))
    }

    @Test func oneEventAndAnEmptySelection() throws {
        let setting = try Setting()
        let one = try setting.brief(BriefSelection(eventID: "steel-mill-foundation-1973"))
        #expect(one.events.map(\.id) == ["steel-mill-foundation-1973"])
        #expect(one.markdown().hasPrefix("# Research brief: Bhutto lays the foundation stone of Pakistan Steel Mills\n"))
        #expect(one.citedArticles == ["chronology"])
        let none = try setting.brief(BriefSelection(filter: TimelineFilter(fromYear: 1800, toYear: 1801)))
        #expect(none.events.isEmpty)
        #expect(none.markdown().hasSuffix("No event matches.\n"))
    }

    @Test func cslJSONListsTheCitedArticles() throws {
        let setting = try Setting()
        let brief = try setting.brief(BriefSelection(filter: TimelineFilter(tag: "industry")))
        let items = try #require(try JSONSerialization.jsonObject(with: brief.cslJSON()) as? [[String: Any]])
        #expect(items.compactMap { $0["id"] as? String } == brief.citedArticles)
        let hussain = try #require(items.first { $0["id"] as? String == "hussain" })
        #expect(hussain["type"] as? String == "article-journal")
        #expect(hussain["container-title"] as? String == "Journal of Political Studies, vol. 19, no. 1")
        #expect((hussain["author"] as? [[String: String]]) == [["family": "Hussain", "given": "Nazir"]])
        #expect((hussain["issued"] as? [String: [[Int]]]) == ["date-parts": [[2012]]])
        let assignment = try #require(items.first { $0["id"] as? String == "assignment" })
        #expect(assignment["author"] == nil)
        #expect((assignment["issued"] as? [String: [[Int]]]) == ["date-parts": [[2020, 10, 27]]])
    }

    @Test func theMarkdownExportCitesNamesSectionsAndResolvesLinks() throws {
        let setting = try Setting()
        try setting.annotate("hussain", "Bhutto negotiated for the integrated steel mills",
                             body: "Compare [[event:steel-mill-agreement-1972]] and [[entity:zulfikar-ali-bhutto]].")
        let markdown = try setting.store.exportMarkdown(sources: setting.sources)
        #expect(markdown.contains("""
            ## Pak-Russia Relations: Lost Opportunities and Future Options

            Hussain, Nazir. 2012. “Pak-Russia Relations: Lost Opportunities and Future Options.” *Journal of Political Studies, vol. 19, no. 1*.

            > Bhutto negotiated for the integrated steel mills

            **Note** · § Historical Recount · 
            """))
        #expect(markdown.contains("\nCompare *Agreement on Soviet help for Pakistan Steel Mills* (22 January 1972) and Zulfikar Ali Bhutto.\n"))
        #expect(!markdown.contains(" · @"))
    }

    @Test func controlCharactersInANoteNeverReachTheDocument() throws {
        let setting = try Setting()
        try setting.annotate("hussain", "the steel mill in 1970", body: "Red\u{1B}]0;pwned\u{7}\u{1B}[31m line\nnext\u{202E}line",
                             tags: ["t\u{9B}ag"])
        let export = try setting.store.exportMarkdown(sources: setting.sources)
        let brief = try setting.brief(BriefSelection(eventID: "pakistan-steel-mills-built")).markdown()
        for document in [export, brief] {
            // Controls become U+FFFD; a bidirectional override is dropped (TerminalSafeText).
            #expect(document.contains("Red\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}[31m line\nnextline"))
            #expect(document.contains("#t\u{FFFD}ag"))
            #expect(!document.unicodeScalars.contains { $0 != "\n" && TerminalSafeText.isUnsafe($0) })
        }
    }

    /// The text of `markdown` from `heading` to the next `## ` heading.
    private func section(of markdown: String, heading: String) -> Substring? {
        guard let start = markdown.range(of: heading + "\n") else { return nil }
        let end = markdown.range(of: "\n## ", range: start.upperBound..<markdown.endIndex)?.lowerBound ?? markdown.endIndex
        return markdown[start.upperBound..<end]
    }
}
