import DossierCore
import DossierNotes
import Foundation

/// The lines of an event card, wrapped at a width, and the rows among them that lead
/// somewhere. The facts come from ``TimelineJSON/EventDetail`` — what `dossier event`
/// prints — so the reader and the CLI cannot tell an event differently.
struct EventCardContent: Hashable, Sendable {
    /// What Enter does on a row of the card.
    enum Action: Hashable, Sendable {
        /// Jump to the telling (index into the event's mentions).
        case telling(mention: Int)
        /// Jump to the note's passage.
        case note(UUID)
        /// Show that event's card instead (a related event, the one before or after).
        case event(String)
        /// Show the two sides of the conflict (index into the event's conflicts) side by side.
        case conflict(Int)
        /// Jump to a place in an article (the entity page's passages).
        case passage(Location)
    }

    /// A row that leads somewhere: its action and the lines it covers.
    struct Item: Hashable, Sendable {
        var action: Action
        var lines: Range<Int>
    }

    /// The event's title (the popup's title, so it stays in view while the card scrolls).
    var title = ""
    var lines: [WrappedLine] = []
    var items: [Item] = []
    /// The line of the "Conflicts" heading, where `!` opens the card.
    var conflictsLine: Int?

    static let heading = Style(attributes: .bold)
    static let dim = Style(attributes: .dim)
    /// Where a telling is: article, section and the date as told.
    static let place = Style(attributes: .bold)

    /// The card of `eventID` at `width` columns; nil when the timeline has no such event.
    static func make(eventID: String, timeline: Timeline, collection: DossierCollection, notes: AnnotationsState,
                            width: Int) -> EventCardContent? {
        guard let event = timeline.event(withID: eventID) else { return nil }
        let titles = Dictionary(collection.articles.map { ($0.id, $0.metadata.title) }, uniquingKeysWith: { first, _ in first })
        let detail = TimelineJSON.EventDetail(event, in: timeline, articleTitles: titles)
        var content = EventCardContent()
        let width = max(1, width)

        content.title = detail.title
        let precision = detail.date.approximate ? "\(detail.date.precision), approximate" : detail.date.precision
        let era = detail.era.map { " · \($0.title) (\($0.date.display))" } ?? ""
        content.add("\(detail.date.display) (\(precision))\(era) · \(detail.id)", style: dim, width: width)
        if !detail.summary.isEmpty {
            content.blank()
            content.add(detail.summary, width: width)
        }
        if !detail.entities.isEmpty || !detail.tags.isEmpty {
            content.blank()
            if !detail.entities.isEmpty { content.add("Entities: " + detail.entities.map(\.name).joined(separator: ", "), width: width) }
            if !detail.tags.isEmpty { content.add("Tags: " + detail.tags.joined(separator: ", "), width: width) }
        }

        content.section("Tellings (\(detail.tellings.count))", width: width)
        for (index, telling) in detail.tellings.enumerated() {
            let place = [telling.article, telling.sectionTitle].compactMap { $0 }.joined(separator: " · ")
            let told = telling.dateAsTold.map { " — as told: \($0)" } ?? ""
            let unresolved = telling.range == nil ? " (the quote is not found: run `dossier check`)" : ""
            content.item(.telling(mention: index)) { card in
                card.add(place + told + unresolved, style: Self.place, width: width, indent: 2)
                card.add("“\(telling.quote)”", width: width, indent: 4)
            }
        }

        if !detail.conflicts.isEmpty {
            content.section("Conflicts (\(detail.conflicts.count))", width: width)
            content.conflictsLine = content.lines.count - 1
            for (index, conflict) in detail.conflicts.enumerated() {
                content.item(.conflict(index)) { card in
                    card.add("\(conflict.about): \(conflict.note)", width: width, indent: 4, mark: "! ")
                    for telling in conflict.tellings { card.add("\(telling.article) says: \(telling.says)", width: width, indent: 6) }
                }
            }
        }

        let about = notes.notes(about: .event(event.id))
        let linking = BacklinkText.describe(notes.collection?.backlinks(to: .event(event.id)) ?? 0).map { " · " + $0 } ?? ""
        if !about.isEmpty || !linking.isEmpty {
            content.section("Notes (\(about.count))\(linking)", width: width)
            for note in about {
                content.item(.note(note.id)) { card in
                    card.add("✎ \(note.article) " + ChoiceListView.excerpt(of: note), width: width, indent: 2)
                }
            }
        }

        if !detail.related.isEmpty {
            content.section("Related", width: width)
            let kindWidth = detail.related.map { DisplayWidth.of($0.kind) }.max() ?? 0
            for related in detail.related {
                let others = related.reasons.dropFirst()
                let reasons = others.isEmpty ? "" : " (also: \(others.joined(separator: ", ")))"
                content.item(.event(related.id)) { card in
                    card.add(TextFit.padded(related.kind, width: kindWidth) + "  \(related.date.display) · \(related.title)\(reasons)",
                                width: width, indent: 2)
                }
            }
        }

        if detail.previous != nil || detail.next != nil { content.blank() }
        for (label, neighbour) in [("Before ([)", detail.previous), ("After (])", detail.next)] {
            guard let neighbour else { continue }
            content.item(.event(neighbour.id)) { card in
                card.add("\(label): \(neighbour.date.display) · \(neighbour.title)", width: width)
            }
        }
        return content
    }

    /// The item whose lines include `line`, or the first one after it.
    func item(atOrAfterLine line: Int) -> Int? {
        items.firstIndex { $0.lines.upperBound > line }
    }

    /// Adds `text` wrapped at `width`, every line indented by `indent` columns; `mark`
    /// (such as "! ") ends the first line's indent, so the text hangs beside it.
    mutating func add(_ text: String, style: Style = .plain, width: Int, indent: Int = 0, mark: String = "") {
        let spaces = String(repeating: " ", count: indent)
        let first = String(spaces.dropLast(mark.count)) + mark
        let wrapper = LineWrapper(width: width, firstPrefix: indent > 0 ? [StyledRun(first)] : [], restPrefix: indent > 0 ? [StyledRun(spaces)] : nil)
        lines += wrapper.wrap([StyledRun(text, style: style)])
    }

    mutating func blank() {
        lines.append(WrappedLine(segments: [], source: nil))
    }

    /// A blank line and a heading.
    mutating func section(_ title: String, width: Int) {
        blank()
        add(title, style: Self.heading, width: width)
    }

    /// Records the lines `build` adds as one item leading to `action`.
    mutating func item(_ action: Action, _ build: (inout EventCardContent) -> Void) {
        let start = lines.count
        build(&self)
        items.append(Item(action: action, lines: start..<lines.count))
    }
}
