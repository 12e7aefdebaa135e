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
    /// Strongest first (by the points each adds to the score); equal ones in the order links, passage, date, entities.
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
/// - **same passage** +1.5 × min(1, 600 ÷ length)² when a telling of A and a telling of B lie in
///   the same block (paragraph, list item) of an article, whose length in characters is `length`
///   (the shortest such block when there are several): a paragraph of up to about a hundred words
///   counts fully, one twice as long a quarter, so a long paragraph that tells many events does
///   not relate each of them to all the others;
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
    static let minimumRelatedScore = 0.5
    /// A shared passage up to this many characters counts fully; a longer one less (see `samePassagePoints`).
    static let fullWeightPassageLength = 600.0

    /// 1.5 × min(1, 600 ÷ length)²: a paragraph of about a hundred words counts fully, one twice
    /// as long a quarter, so the many events a long paragraph tells do not all relate to each other.
    static func samePassagePoints(length: Int) -> Double {
        let ratio = min(1, fullWeightPassageLength / Double(max(1, length)))
        return 1.5 * ratio * ratio
    }

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
            // Each reason with the points it adds.
            var reasons: [(reason: RelatedEvent.Reason, points: Double)] = []
            if let kind = outgoing[other.id] {
                reasons.append((.link(kind, outgoing: true), 3))
            } else if let link = other.related.first(where: { $0.event == event.id }) {
                reasons.append((.link(link.kind, outgoing: false), 3))
            }
            let sharedPassages = other.mentions.compactMap { mention -> (article: String, length: Int)? in
                guard let block = mention.blockIndex, let length = ownBlocks[PassageKey(article: mention.article, block: block)] else { return nil }
                return (mention.article, length)
            }
            if let shortest = sharedPassages.min(by: { $0.length < $1.length }) {
                reasons.append((.samePassage(article: shortest.article), Self.samePassagePoints(length: shortest.length)))
            }
            if other.date == event.date {
                reasons.append((.sameDate, 1))
            } else if event.date.isSinglePoint, other.date.isSinglePoint, event.date.start.year == other.date.start.year {
                reasons.append((.sameYear, 0.5))
            }
            let shared = other.entities.filter(ownEntities.contains)
            if !shared.isEmpty, ownWeight > 0 {
                let weight = shared.reduce(0) { $0 + idf($1) } / ownWeight
                if weight > 0 {
                    reasons.append((.sharedEntities(shared), 2 * weight))
                }
            }
            let score = reasons.reduce(0) { $0 + $1.points }
            // Strongest first; equal points keep the order link, passage, date, entities.
            let ranked = reasons.enumerated().sorted { ($0.element.points, -$0.offset) > ($1.element.points, -$1.offset) }.map(\.element.reason)
            guard score >= Self.minimumRelatedScore else { continue }
            result.append(RelatedEvent(event: other, score: (score * 1000).rounded() / 1000, reasons: ranked))
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
