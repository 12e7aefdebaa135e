import DossierCore
import DossierNotes
import Foundation

/// One thing a `[[` link can name, as the completion offers it: an event (id and
/// title), an entity (id and name), an article (id and title), a section
/// (`article#section` and title) or a note (handle and first line).
struct LinkCandidate: Hashable, Sendable {
    /// The kind of target.
    var kind: LinkTargetKind
    /// What the link names it by: the id, `article#section`, or a note's handle.
    var identifier: String
    /// What a reader calls it: the title, the name, the note's first line.
    var label: String
    /// `kind:identifier label`, folded (case and diacritics ignored), for matching.
    let searchKey: String
    /// The identifier, folded.
    let foldedIdentifier: String

    init(kind: LinkTargetKind, identifier: String, label: String) {
        self.kind = kind
        self.identifier = identifier
        self.label = label
        searchKey = FoldedText.string(kind.rawValue + ":" + identifier + " " + label)
        foldedIdentifier = FoldedText.string(identifier)
    }

    /// The link inserted for it: `[[event:id]]`, `[[note:k3f9]]`, ….
    var markup: String { "[[\(kind.rawValue):\(identifier)]]" }

    /// Everything the reader holds that a link can name, in the order offered: events in
    /// time order, entities, articles, sections (of the articles parsed so far), notes.
    static func all(in state: AppState) -> [LinkCandidate] {
        var candidates: [LinkCandidate] = []
        if let timeline = state.library.timeline {
            candidates += timeline.events.map { LinkCandidate(kind: .event, identifier: $0.id, label: $0.title) }
            candidates += timeline.entities.map { LinkCandidate(kind: .entity, identifier: $0.id, label: $0.name) }
        }
        let articles = state.library.collection.articles
        candidates += articles.map { LinkCandidate(kind: .article, identifier: $0.id, label: $0.metadata.title) }
        for article in articles {
            guard let document = state.library.documents[article.id] else { continue }
            candidates += document.sections.filter { !$0.id.isEmpty }.map {
                LinkCandidate(kind: .section, identifier: article.id + "#" + $0.id, label: $0.title)
            }
        }
        if let notes = state.annotations.collection {
            candidates += notes.names.all.compactMap { note in
                note.handle.map { LinkCandidate(kind: .note, identifier: $0, label: note.title) }
            }
        }
        return candidates
    }

    /// The candidates matching `query` — every word of it found in the kind, identifier
    /// or label, case and diacritics ignored; a query starting `event:` (any kind and a
    /// colon) only that kind — best first: those whose `kind:identifier` (after a kind,
    /// the identifier) starts with the query, so `ev` gives the events first; then those
    /// with a word starting with its first word; then the rest, each group in the order given.
    static func matching(_ query: String, in candidates: [LinkCandidate]) -> [LinkCandidate] {
        var text = FoldedText.string(query.trimmingCharacters(in: .whitespaces))
        var kind: LinkTargetKind?
        if let colon = text.firstIndex(of: ":"), let named = LinkTargetKind(rawValue: String(text[..<colon])) {
            kind = named
            text = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        let words = text.split(separator: " ").map(String.init)
        var ranked: [[LinkCandidate]] = [[], [], []]
        for candidate in candidates where kind == nil || candidate.kind == kind {
            guard let first = words.first else {
                ranked[0].append(candidate)
                continue
            }
            guard words.allSatisfy({ candidate.searchKey.contains($0) }) else { continue }
            if (kind == nil ? candidate.searchKey : candidate.foldedIdentifier).hasPrefix(text) {
                ranked[0].append(candidate)
            } else if candidate.searchKey.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(where: { $0.hasPrefix(first) }) {
                ranked[1].append(candidate)
            } else {
                ranked[2].append(candidate)
            }
        }
        return ranked.flatMap { $0 }
    }
}
