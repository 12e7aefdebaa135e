import Foundation

/// An event related to another, with why and how strongly.
public struct RelatedEvent: Hashable, Sendable {
    /// One reason the two events are related.
    public enum Reason: Hashable, Sendable {
        /// A `related:` link; `outgoing` when the event asked about declares it.
        case link(RelationKind, outgoing: Bool)
        /// Entity ids both events involve.
        case sharedEntities([String])
        /// Both have the same date, written the same way.
        case sameDate
        /// Both start in the same year (single dates of year, month or day precision).
        case sameYear
        /// A telling of each lies in the same paragraph of `article`.
        case samePassage(article: String)

        /// A short label: the link's kind as seen from the event asked about ("led-to",
        /// "followed-from"), or "shared-entities", "same-date", "same-year", "same-passage".
        public var label: String {
            switch self {
            case .link(let kind, let outgoing): return kind.label(outgoing: outgoing)
            case .sharedEntities: return "shared-entities"
            case .sameDate: return "same-date"
            case .sameYear: return "same-year"
            case .samePassage: return "same-passage"
            }
        }
    }

    public var event: Event
    public var score: Double
    /// Strongest first: links, then passage, date and entities.
    public var reasons: [Reason]

    /// The label of the strongest reason.
    public var kind: String { reasons.first?.label ?? "related" }
}

/// Related events: links written in `events.yaml`, in both directions, and links derived from
/// shared entities, dates and passages, ranked by a score.
///
/// ## Score
///
/// For the event A asked about and another event B:
///
/// - **link** +3 when A lists B or B lists A in `related:`;
/// - **same passage** +1.5 × min(1, 600 ÷ length) when a telling of A and a telling of B lie in
///   the same block (paragraph, list item) of an article, whose length in characters is `length`
///   (the shortest such block when there are several): a paragraph of up to about a hundred words
///   counts fully, a long one that tells many events relates each pair less;
/// - **same date** +1 when both dates are equal (same precision), else **same year** +0.5 when
///   both are single dates (no range, no decade, not approximate) starting in the same year;
/// - **shared entities** +2 × Σ idf(e) over the entities A and B share ÷ Σ idf(e) over A's
///   entities, where idf(e) = ln(N ÷ number of events involving e) over the N events. An entity
///   in nearly every event (Pakistan) weighs almost nothing; a rare one (a named envoy) a lot.
///
/// Events scoring below `minimumScore` (0.5) are not related. Ties go to the event closer in
/// time, then to the smaller id.
extension Timeline {
    /// Below this score an event is not considered related.
    public static let minimumRelatedScore = 0.5
    /// A shared passage up to this many characters counts fully; a longer one proportionally less.
    static let fullWeightPassageLength = 600.0

    /// The events related to `eventID`, best first; empty for an unknown id.
    public func related(to eventID: String, limit: Int = 10) -> [RelatedEvent] {
        guard let event = event(withID: eventID) else { return [] }
        let total = Double(events.count)
        func idf(_ entity: String) -> Double {
            let count = eventCount(involving: entity)
            return count == 0 ? 0 : log(total / Double(count))
        }
        let ownWeight = event.entities.reduce(0) { $0 + idf($1) }
        let ownEntities = Set(event.entities)
        var ownBlocks: [PassageKey: Int] = [:]
        for mention in event.mentions {
            guard let block = mention.blockIndex else { continue }
            ownBlocks[PassageKey(article: mention.article, block: block)] = mention.passageLength ?? 0
        }
        var outgoing: [String: RelationKind] = [:]
        for link in event.related where outgoing[link.event] == nil { outgoing[link.event] = link.kind }

        var result: [RelatedEvent] = []
        for other in events where other.id != event.id {
            var reasons: [RelatedEvent.Reason] = []
            var score = 0.0
            if let kind = outgoing[other.id] {
                reasons.append(.link(kind, outgoing: true))
                score += 3
            } else if let link = other.related.first(where: { $0.event == event.id }) {
                reasons.append(.link(link.kind, outgoing: false))
                score += 3
            }
            let sharedPassages = other.mentions.compactMap { mention -> (article: String, length: Int)? in
                guard let block = mention.blockIndex, let length = ownBlocks[PassageKey(article: mention.article, block: block)] else { return nil }
                return (mention.article, length)
            }
            if let shortest = sharedPassages.min(by: { $0.length < $1.length }) {
                reasons.append(.samePassage(article: shortest.article))
                score += 1.5 * min(1, Self.fullWeightPassageLength / Double(max(1, shortest.length)))
            }
            if other.date == event.date {
                reasons.append(.sameDate)
                score += 1
            } else if event.date.isSinglePoint, other.date.isSinglePoint, event.date.start.year == other.date.start.year {
                reasons.append(.sameYear)
                score += 0.5
            }
            let shared = other.entities.filter(ownEntities.contains)
            if !shared.isEmpty, ownWeight > 0 {
                let weight = shared.reduce(0) { $0 + idf($1) } / ownWeight
                if weight > 0 {
                    reasons.append(.sharedEntities(shared))
                    score += 2 * weight
                }
            }
            guard score >= Self.minimumRelatedScore else { continue }
            result.append(RelatedEvent(event: other, score: (score * 1000).rounded() / 1000, reasons: reasons))
        }
        let origin = event.date.earliest
        result.sort { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            let lhsDistance = abs(dayNumber(lhs.event.date.earliest) - dayNumber(origin))
            let rhsDistance = abs(dayNumber(rhs.event.date.earliest) - dayNumber(origin))
            if lhsDistance != rhsDistance { return lhsDistance < rhsDistance }
            return lhs.event.id < rhs.event.id
        }
        return Array(result.prefix(max(0, limit)))
    }

    private struct PassageKey: Hashable {
        var article: String
        var block: Int
    }

    /// yyyymmdd as an approximate day count, for distances in time.
    private func dayNumber(_ yyyymmdd: Int) -> Int {
        (yyyymmdd / 10_000) * 372 + ((yyyymmdd / 100) % 100) * 31 + yyyymmdd % 100
    }
}
