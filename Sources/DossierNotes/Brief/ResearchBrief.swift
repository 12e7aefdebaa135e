import DossierCore
import Foundation

/// One Markdown document for a writer: the chosen events in time order, each with
/// every article's telling quoted and cited, where the sources disagree, and the
/// user's notes and questions on those passages and events (links in words); a
/// numbered reference list at the end. ``cslJSON()`` gives the same references for
/// Pandoc or Zotero.
///
/// ```swift
/// let sources = SourceReferences(collection: collection, timeline: timeline, store: store)
/// let annotations = try store.list(collection: sources.collectionKey)
/// let brief = ResearchBrief(selection: BriefSelection(filter: TimelineFilter(tag: "visit")), sources: sources, annotations: annotations)
/// print(brief.markdown())
/// ```
public struct ResearchBrief {
    /// The chosen events, in time order.
    public let events: [Event]
    private let selection: BriefSelection
    private let sources: SourceReferences
    /// Every annotation of the collection.
    private let annotations: [Annotation]

    /// `annotations`: the collection's annotations, anchored as they are to be cited (the
    /// CLI passes them re-anchored to the current text, in memory).
    public init(selection: BriefSelection, sources: SourceReferences, annotations: [Annotation]) {
        self.selection = selection
        self.sources = sources
        self.events = selection.events(in: sources.timeline)
        self.annotations = annotations
    }

    /// The annotations on `event`: on a passage overlapping one of its tellings, or
    /// linking to it with `[[event:…]]`; in document order.
    func annotations(on event: Event) -> [Annotation] {
        annotations.filter { annotation in
            if annotation.links.contains(.event(event.id)) { return true }
            guard annotation.anchorStatus != .orphaned, let position = annotation.selectors.position else { return false }
            let passage = TextRange(start: position.start, end: position.end)
            return event.mentions.contains { $0.article == annotation.article && $0.range?.overlaps(passage) == true }
        }
    }

    /// The articles the brief cites, in order of first citation (their reference numbers).
    var citedArticles: [String] {
        var seen = Set<String>()
        var order: [String] = []
        for event in events {
            let articles = event.mentions.map(\.article) + event.conflicts.flatMap { $0.tellings.map(\.article) }
                + annotations(on: event).map(\.article)
            for article in articles where sources.collection.article(withID: article) != nil && seen.insert(article).inserted {
                order.append(article)
            }
        }
        return order
    }

    /// The brief as Markdown.
    public func markdown() -> String {
        let cited = citedArticles
        let number = Dictionary(uniqueKeysWithValues: cited.enumerated().map { ($1, $0 + 1) })
        let marker = { (article: String) in number[article].map { " [\($0)]" } ?? "" }
        let timeline = sources.timeline
        let noteCount = Set(events.flatMap { annotations(on: $0).map(\.id) }).count

        var out = "# Research brief: \(selection.description(in: timeline, sources: sources))\n\n"
        var facts = ["*\(sources.collection.title)*", "\(events.count) event\(events.count == 1 ? "" : "s")"]
        if let first = events.first, let last = events.last {
            facts.append(first == last ? first.date.display : "\(first.date.start.display)–\((last.date.end ?? last.date.start).display)")
        }
        facts.append("\(cited.count) source\(cited.count == 1 ? "" : "s")")
        facts.append("\(noteCount) of your notes")
        out += facts.joined(separator: " · ") + "\n"
        if events.isEmpty { return out + "\nNo event matches.\n" }

        for event in events {
            out += "\n## \(event.date.display) — \(event.title)\n\n"
            var about: [String] = []
            if let era = timeline.era(of: event) { about.append(era.title) }
            let entities = event.entities.map { timeline.entity(withID: $0)?.name ?? $0 }
            if !entities.isEmpty { about.append(entities.joined(separator: ", ")) }
            if !event.tags.isEmpty { about.append("tags: " + event.tags.joined(separator: ", ")) }
            if !about.isEmpty { out += "*\(about.joined(separator: " · "))*\n\n" }
            if !event.summary.isEmpty { out += sources.readable(event.summary) + "\n\n" }

            out += "**As told**\n"
            for mention in event.mentions {
                out += "\n> “\(mention.quote)”\n>\n> — "
                out += (sources.citation(article: mention.article, offset: mention.range?.start)?.inline ?? mention.article)
                out += marker(mention.article)
                if let told = mention.dateAsTold { out += "; date as told: “\(told)”" }
                out += "\n"
            }
            for conflict in event.conflicts {
                out += "\n**Where the sources disagree** (\(conflict.about.rawValue.replacingOccurrences(of: "-", with: " "))): "
                out += sources.readable(conflict.note) + "\n\n"
                for telling in conflict.tellings {
                    out += "- \(shortName(telling.article))\(marker(telling.article)): \(telling.says)\n"
                }
            }
            let notes = annotations(on: event)
            if !notes.isEmpty {
                out += "\n**Your notes and questions**\n"
                for note in notes {
                    let attribution = sources.citation(of: note).map { $0.inline + marker(note.article) }
                    out += "\n" + NotesStore.markdown(note, sources: sources, attribution: attribution)
                }
            }
        }

        out += "\n## References\n\n"
        for (index, article) in cited.enumerated() {
            guard let citation = sources.citation(article: article) else { continue }
            out += "\(index + 1). \(citation.reference)\n"
        }
        return out
    }

    /// The cited articles as a CSL-JSON array (ids are the article ids).
    public func cslJSON() throws -> Data {
        try CSLItem.json(citedArticles.compactMap { sources.citation(article: $0).map(CSLItem.init) })
    }

    /// How a list names a source: its first author's family name, else its title.
    private func shortName(_ article: String) -> String {
        guard let citation = sources.citation(article: article) else { return article }
        return citation.authors.first.map { Citation.nameParts($0).family } ?? "“\(citation.title)”"
    }
}
