import DossierCore
import Foundation

/// The words two tellings disagree on, found in a telling's text: what an article says in
/// the event's conflict records ("1962", "May 1960", a figure, a name), searched as a
/// phrase — whole words, case and diacritics ignored, as `dossier search` does — in the
/// telling's quote, else in the rest of its paragraph.
enum ConflictWords {
    /// What `article` says in the event's conflicts, each claim with its head before a
    /// parenthesis as a fallback ("1950 (item 11: …)" is found as "1950").
    static func claims(of article: String, in event: Event) -> [String] {
        var claims: [String] = []
        for conflict in event.conflicts {
            for telling in conflict.tellings where telling.article == article {
                let whole = telling.says.trimmingCharacters(in: .whitespaces)
                let head = whole.split(separator: "(", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? whole
                for claim in [whole, head] where !claim.isEmpty && !claims.contains(claim) { claims.append(claim) }
            }
        }
        return claims
    }

    /// The plain-text ranges of `mention`'s passage that show its article's claims in the
    /// event's conflicts; empty when the article is no party to a conflict or its words
    /// are not found near the quote.
    static func ranges(in mention: Mention, of event: Event, document: Document) -> [Range<Int>] {
        guard let quote = mention.range, let blockIndex = mention.blockIndex, document.blocks.indices.contains(blockIndex) else { return [] }
        let block = document.blocks[blockIndex]
        var found: [Range<Int>] = []
        for claim in claims(of: mention.article, in: event) {
            let phrase = claim.filter { !"\"“”".contains($0) }
            guard let query = SearchQuery("\"\(phrase)\""),
                  let hit = TextSearch.hit(query, inBlock: block.text, startingAt: block.range.start, article: mention.article,
                                           block: blockIndex, sectionID: "", sectionTitle: "") else { continue }
            let matches = hit.matches.map { $0.start..<$0.end }
            let inQuote = matches.filter { $0.overlaps(quote.start..<quote.end) }
            let chosen = inQuote.isEmpty ? matches : inQuote
            for range in chosen where !found.contains(where: { $0.overlaps(range) }) { found.append(range) }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether `mention`'s passage shows one of its article's claims.
    static func showsClaim(_ mention: Mention, of event: Event, document: Document?) -> Bool {
        guard let document else { return false }
        return !ranges(in: mention, of: event, document: document).isEmpty
    }
}
