/// Drafts `events.yaml` entries for the dates of the articles' running text that no event tells
/// yet (`dossier suggest-events`).
///
/// Each uncovered date of `DateCoverage` (running text only: citations and reference notes are
/// the dates of sources) becomes a candidate: its sentence is the quote, the title is the
/// sentence without the date, the entities are those the sentence names. Precision matters more
/// than volume — a suggestion the user must delete costs more than one they add — so a date is
/// passed over when:
///
/// - it is in a heading or a footnote, or its sentence has fewer than `minimumWords` words
///   (a heading-like fragment, a list entry);
/// - its sentence holds more than `maximumDatesPerSentence` dates (a list of dates, a chronology
///   line better written by hand);
/// - it is a decade or a century, or a range longer than `maximumRangeYears` (background, not an event);
/// - its quote does not resolve to exactly its sentence as `dossier check` resolves quotes.
///
/// Candidates of different articles that tell the same thing (`sameEvent`) are one event with a
/// mention in each, dated by the finest of their dates.
public enum EventSuggester {
    static let minimumWords = 6
    static let maximumDatesPerSentence = 3
    static let maximumRangeYears = 10
    /// Longer titles are cut at a word and end in "…".
    static let maximumTitleLength = 90

    /// Suggestions for the articles `articleIDs` (all when empty) of `collection`, in date order.
    /// `documents` are parsed articles by id (those missing are parsed here).
    public static func suggest(collection: DossierCollection, timeline: Timeline, documents: [String: Document] = [:],
                               articleIDs: [String] = []) -> [EventSuggestion] {
        var documents = documents
        for article in collection.articles where documents[article.id] == nil { documents[article.id] = article.read().document }
        let wanted = Set(articleIDs)
        let coverage = DateCoverage.report(collection: collection, timeline: timeline, documents: documents)
        let spotter = EntitySpotter(timeline.entities)
        var resolverTargets: [String: QuoteResolver.Target] = [:]
        for article in collection.articles where wanted.isEmpty || wanted.contains(article.id) {
            if let document = documents[article.id] { resolverTargets[article.id] = QuoteResolver.Target(article: article, document: document) }
        }
        var resolver = QuoteResolver(eventsFile: TimelineLoader.eventsFileName, targets: resolverTargets)
        var allMentions: [String: [DateMention]] = [:]

        var candidates: [Candidate] = []
        for item in coverage.uncovered where resolverTargets[item.article] != nil {
            guard let document = documents[item.article] else { continue }
            if allMentions[item.article] == nil { allMentions[item.article] = DateMentionFinder.mentions(in: document) }
            guard isEventLike(item.mention),
                  var candidate = candidate(for: item, in: document, dates: allMentions[item.article] ?? [],
                                            spotter: spotter, resolver: &resolver) else { continue }
            // The comment above each mention names the file within the collection ("articles/hanif.md").
            let folder = collection.directory.hasSuffix("/") ? collection.directory : collection.directory + "/"
            if candidate.telling.file.hasPrefix(folder) { candidate.telling.file.removeFirst(folder.count) }
            candidates.append(candidate)
        }
        return assemble(group(candidates), existingIDs: Set(timeline.events.map(\.id)))
    }

    /// A date that can be an event's: not a decade or century, not a long span.
    static func isEventLike(_ mention: DateMention) -> Bool {
        guard mention.precision != .decade, mention.precision != .century else { return false }
        let years = (mention.date.end ?? mention.date.start).year - mention.date.start.year
        return years <= maximumRangeYears
    }

    // MARK: Candidates

    struct Candidate {
        var article: String
        var date: EventDate
        var sentence: String
        var title: String
        var entities: [String]
        var telling: EventSuggestion.Telling
    }

    private static func candidate(for item: DateCoverage.Item, in document: Document, dates: [DateMention],
                                  spotter: EntitySpotter, resolver: inout QuoteResolver) -> Candidate? {
        let scalars = document.plainText.scalars
        guard let blockIndex = document.blockIndex(containing: item.mention.range.start) else { return nil }
        let block = document.blocks[blockIndex]
        guard !block.isHeading, !block.isFootnote else { return nil }
        let sentenceRange = SentenceSpan.around(item.mention.range, in: scalars, block: block.range)
        let sentence = document.plainText.text(in: sentenceRange)
        guard WordCounter.count(in: sentence) >= minimumWords else { return nil }
        let datesInSentence = dates.filter { sentenceRange.start <= $0.range.start && $0.range.end <= sentenceRange.end }
        guard datesInSentence.count <= maximumDatesPerSentence else { return nil }

        let starts = document.plainText.occurrences(of: sentence)
        guard let occurrence = starts.firstIndex(of: sentenceRange.start) else { return nil }
        var mention = Mention(article: item.article, quote: sentence, dateAsTold: item.mention.text,
                              occurrence: starts.count > 1 ? occurrence + 1 : nil)
        // Resolve it exactly as `dossier check` will; a quote that lands anywhere else is dropped.
        guard resolver.resolve(mention, of: "suggestion").range == sentenceRange else { return nil }
        mention.range = nil
        let dateRange = TextRange(start: item.mention.range.start - sentenceRange.start, end: item.mention.range.end - sentenceRange.start)
        return Candidate(article: item.article, date: item.mention.date, sentence: sentence,
                         title: title(from: sentence, without: dateRange),
                         entities: spotter.entityIDs(in: sentence),
                         telling: EventSuggestion.Telling(mention: mention, file: item.file, position: item.position))
    }

    /// Candidates of different articles that tell the same thing, grouped (see `sameEvent`); in text order otherwise.
    private static func group(_ candidates: [Candidate]) -> [[Candidate]] {
        var frequency: [String: Int] = [:]
        for candidate in candidates { for id in Set(candidate.entities) { frequency[id, default: 0] += 1 } }
        // An entity named in more than a tenth of the sentences (the two states of the collection) says little.
        let distinctive = Set(frequency.filter { $0.value * 10 <= max(10, candidates.count) }.keys)
        var groups: [[Candidate]] = []
        for candidate in candidates {
            if let index = groups.firstIndex(where: { group in
                !group.contains { $0.article == candidate.article } && sameEvent(group[0], candidate, distinctive: distinctive)
            }) {
                groups[index].append(candidate)
            } else {
                groups.append([candidate])
            }
        }
        return groups
    }

    /// Two tellings of one event: both dates give the month and one lies within the other, and
    /// they share an entity; or both give only the same year, and they share a distinctive entity
    /// (one named in few sentences).
    static func sameEvent(_ lhs: Candidate, _ rhs: Candidate, distinctive: Set<String>) -> Bool {
        let shared = Set(lhs.entities).intersection(rhs.entities)
        guard lhs.date.precision >= .month, rhs.date.precision >= .month else {
            return lhs.date == rhs.date && !shared.isDisjoint(with: distinctive)
        }
        let within = (lhs.date.earliest >= rhs.date.earliest && lhs.date.latest <= rhs.date.latest)
            || (rhs.date.earliest >= lhs.date.earliest && rhs.date.latest <= lhs.date.latest)
        return within && !shared.isEmpty
    }

    private static func assemble(_ groups: [[Candidate]], existingIDs: Set<String>) -> [EventSuggestion] {
        var used = existingIDs
        // By date; groups of one date stay in text order.
        let ordered = groups.enumerated().sorted { lhs, rhs in
            lhs.element[0].date != rhs.element[0].date ? lhs.element[0].date < rhs.element[0].date : lhs.offset < rhs.offset
        }
        return ordered.map(\.element).map { group in
            let first = group[0]
            // The finest date the tellings give ("1948-05-01" rather than "1948-05").
            let date = group.map(\.date).max { $0.precision < $1.precision } ?? first.date
            var entities: [String] = []
            for candidate in group { for id in candidate.entities where !entities.contains(id) { entities.append(id) } }
            let id = uniqueID(slug(first.title, year: date.start.year), used: &used)
            return EventSuggestion(id: id, title: first.title, summary: first.sentence, date: date,
                                   entities: entities, tellings: group.map(\.telling))
        }
    }

    // MARK: Titles and ids

    /// Words before a date that go with it ("in 1948", "by May 1965").
    static let datePrepositions: Set<String> = [
        "in", "on", "by", "since", "during", "from", "of", "till", "until", "after", "before", "between", "around", "circa",
        "the", "early", "late", "mid",
    ]

    /// The sentence without the date (and the words that introduce it), its first letter
    /// capitalised and its final punctuation dropped: "In May 1948, Pakistan and the USSR
    /// established relations." → "Pakistan and the USSR established relations".
    static func title(from sentence: String, without dateRange: TextRange) -> String {
        let scalars = Array(sentence.unicodeScalars)
        var cut = max(0, min(dateRange.start, scalars.count))
        var cutEnd = max(cut, min(dateRange.end, scalars.count))
        // The words before the date that introduce it.
        while true {
            var wordEnd = cut
            while wordEnd > 0 && scalars[wordEnd - 1] == " " { wordEnd -= 1 }
            var wordStart = wordEnd
            while wordStart > 0 && scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
            guard wordStart < wordEnd, datePrepositions.contains(String(String.UnicodeScalarView(scalars[wordStart..<wordEnd])).lowercased())
            else { break }
            cut = wordStart
        }
        if cutEnd < scalars.count, scalars[cutEnd] == "," { cutEnd += 1 }
        var text = String(String.UnicodeScalarView(scalars[..<cut])) + " " + String(String.UnicodeScalarView(scalars[cutEnd...]))
        // Brackets the date leaves empty go with it: "the Oriental War (October 1853–February 1856) was" → "the Oriental War was".
        text = text.replacingOccurrences(of: "( )", with: " ").replacingOccurrences(of: "()", with: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            .replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: " .", with: ".")
        while let first = text.unicodeScalars.first, !first.properties.isAlphabetic && !DateTokenizer.isDigit(first) && !SentenceSpan.openers.contains(first) {
            text.removeFirst()
        }
        while let last = text.unicodeScalars.last, [".", ",", ";", ":", " "].contains(last) { text.removeLast() }
        if text.isEmpty { return sentence }
        text = text.prefix(1).uppercased() + text.dropFirst()
        guard text.unicodeScalars.count > maximumTitleLength else { return text }
        var shortened = String(String.UnicodeScalarView(text.unicodeScalars.prefix(maximumTitleLength)))
        if let space = shortened.lastIndex(of: " ") { shortened = String(shortened[..<space]) }
        while let last = shortened.unicodeScalars.last, [",", ";", ":", "(", "-", "\u{2013}"].contains(last) { shortened.removeLast() }
        return shortened + "…"
    }

    /// Words left out of ids.
    static let idStopWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "was", "were", "is", "are", "be",
        "been", "had", "has", "have", "that", "this", "it", "its", "as", "which", "who", "also", "their", "his", "her",
    ]

    /// "Pakistan and the USSR established relations" in 1948 → "pakistan-ussr-established-relations-1948".
    static func slug(_ title: String, year: Int) -> String {
        var words: [String] = []
        for word in SectionID.slug(FoldedText.string(title)).split(separator: "-") where words.count < 5 {
            var ascii = String.UnicodeScalarView()
            ascii.append(contentsOf: word.unicodeScalars.filter(isKebabScalar))
            let text = String(ascii)
            if !text.isEmpty, !idStopWords.contains(text), text != String(year) { words.append(text) }
        }
        return (words + [String(year)]).joined(separator: "-")
    }

    private static func isKebabScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func uniqueID(_ base: String, used: inout Set<String>) -> String {
        var id = base
        var number = 2
        while used.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        used.insert(id)
        return id
    }
}
