import DossierCore
import DossierNotes

/// The notes about an event: those linking to it (`[[event:id]]`) and those written on
/// a passage that tells it, in document order.
public enum EventNotes {
    public static func notes(about eventID: String, timeline: Timeline, notes: CollectionNotes?) -> [Annotation] {
        guard let notes, let event = timeline.event(withID: eventID) else { return [] }
        let id = eventID.lowercased()
        let tellings = event.mentions.compactMap { mention in mention.range.map { (article: mention.article, range: $0) } }
        return notes.annotations.filter { annotation in
            if annotation.links.contains(where: { $0.kind == .event && $0.identifier.lowercased() == id }) { return true }
            guard annotation.anchorStatus != .orphaned, let range = annotation.selectors.position?.range else { return false }
            return tellings.contains { $0.article == annotation.article && $0.range.start < range.upperBound && range.lowerBound < $0.range.end }
        }
    }
}
