import DossierCore
import DossierNotes

/// The lines of an entity page, laid out like an event card (``EventCardContent``, so the
/// page scrolls, chooses and opens rows the same way): name, kind and id, aliases,
/// description, its events on a small timeline, the passages naming it, the notes linking
/// to it.
enum EntityPageContent {
    /// The page of `page.entityID` at `width` columns; nil when the timeline has no such entity.
    static func make(_ page: EntityPage, timeline: Timeline, notes: AnnotationsState, width: Int) -> EventCardContent? {
        guard let entity = timeline.entity(withID: page.entityID) else { return nil }
        var content = EventCardContent()
        let width = max(1, width)
        content.title = entity.name
        content.add("\(entity.kind.rawValue) · \(entity.id)", style: EventCardContent.dim, width: width)
        if !entity.aliases.isEmpty { content.add("Also: " + entity.aliases.joined(separator: "; "), width: width) }
        if !entity.description.isEmpty {
            content.blank()
            content.add(entity.description, width: width)
        }

        let events = timeline.events(involving: entity.id)
        content.section("Events (\(events.count))", width: width)
        for event in events {
            content.item(.event(event.id)) { page in
                page.add(TextFit.padded(TimelineView.yearLabel(event.date), width: 5) + (event.hasConflicts ? " ! " : "   ") + event.title,
                         width: width, indent: 2)
            }
        }

        content.section("Passages naming it (\(page.passages.count))", width: width)
        for hit in page.passages {
            let section = hit.sectionTitle.isEmpty ? "opening" : hit.sectionTitle
            content.item(.passage(Location(article: hit.article, offset: hit.matches.first?.start ?? 0))) { page in
                page.add("\(hit.article) · \(section)", style: EventCardContent.place, width: width, indent: 2)
                page.add(hit.context, width: width, indent: 4)
            }
        }

        // The notes with an `[[entity:…]]` link to it by its id, name or any alias, as read when the page opened.
        let linking = notes.notes(about: .entity(entity.id))
        if !linking.isEmpty {
            content.section("Notes linking here (\(linking.count))", width: width)
            for note in linking {
                content.item(.note(note.id)) { page in
                    page.add("✎ \(note.article) " + ChoiceListView.excerpt(of: note), width: width, indent: 2)
                }
            }
        }
        return content
    }
}
