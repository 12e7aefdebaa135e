import DossierCore
import DossierNotes

/// A popup list of choices with a selection: the notes about an event and its related
/// events (`r`), timeline filters (`f`), a note's links (`l`). Only the rows the typed
/// filter keeps are shown; the cursor selects among them.
struct ChoiceListView: Widget {
    var title: String
    var items: [String]
    var cursor: ListCursor
    var filter: ListFilter
    var theme: Theme

    init(title: String, items: [String], cursor: ListCursor, filter: ListFilter = ListFilter(), theme: Theme) {
        self.title = title
        self.items = items
        self.cursor = cursor
        self.filter = filter
        self.theme = theme
    }

    /// The list for `r`: "led-to  1965  Title".
    static func related(_ list: RelatedList, timeline: Timeline?, theme: Theme) -> ChoiceListView {
        let title = timeline?.event(withID: list.eventID)?.title ?? list.eventID
        let notes = list.notes.map { note in
            TextFit.padded("✎ " + note.kind.rawValue, width: 15) + " " + TextFit.padded(note.article, width: 10) + " " + excerpt(of: note)
        }
        let items = list.items.map { item in
            TextFit.padded(item.kind, width: 15) + " " + TextFit.padded(TimelineView.yearLabel(item.event.date), width: 5) + " " + item.event.title
        }
        let backlinks = BacklinkText.describe(list.linkingCount).map { " · " + $0 } ?? ""
        return ChoiceListView(title: "Related to: \(title)\(backlinks)", items: notes + items, cursor: list.cursor, filter: list.filter, theme: theme)
    }

    /// A note on one line: “quote” — the first line of its text.
    static func excerpt(of note: Annotation) -> String {
        let item = NotesPaneItem(note)
        let quote = "“" + item.excerpt + "”"
        return item.firstLine.isEmpty ? quote : quote + " — " + item.firstLine
    }

    /// The list for `e` on a line telling several events: "1960  ! The U-2 incident".
    static func events(_ choice: EventChoice, timeline: Timeline?, theme: Theme) -> ChoiceListView {
        let items = choice.eventIDs.map { id -> String in
            guard let event = timeline?.event(withID: id) else { return id }
            return TextFit.padded(TimelineView.yearLabel(event.date), width: 5) + (event.hasConflicts ? " ! " : "   ") + event.title
        }
        return ChoiceListView(title: "Events told on this line", items: items, cursor: choice.cursor, filter: choice.filter, theme: theme)
    }

    /// The list for `f`: tags, then entities, with their event counts (and the notes
    /// linking to each entity).
    static func filter(_ picker: FilterPicker, notes: CollectionNotes? = nil, theme: Theme) -> ChoiceListView {
        let items = picker.options.map { option -> String in
            switch option {
            case .tag(let tag, let count): return "tag     \(tag) (\(count))"
            case .entity(let id, let name, let count):
                let backlinks = BacklinkText.describe(notes?.backlinks(to: .entity(id)) ?? 0).map { " · " + $0 } ?? ""
                return "entity  \(name) (\(count))\(backlinks)"
            }
        }
        return ChoiceListView(title: "Filter the timeline", items: items, cursor: picker.cursor, filter: picker.filter, theme: theme)
    }

    /// The list for `l`: a note's links, each with where it leads.
    static func links(_ list: LinkList, navigator: NoteLinkNavigator, theme: Theme) -> ChoiceListView {
        let items = list.links.map { target in
            TextFit.padded(target.markup, width: 34) + " " + LinkDescription.describe(navigator.destination(of: target), navigator: navigator)
        }
        return ChoiceListView(title: "Links of “\(list.title)”", items: items, cursor: list.cursor, filter: list.filter, theme: theme)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let frame = PopupGeometry.frame(screen: area.size, contentHeight: area.height)
        let shown = filter.indices(matching: items)
        PopupFrame(title: title, footer: "\(KeyMap.defaults.keyName(.activate, in: .global)) choose · \(KeyMap.defaults.keyName(.cancel, in: .global)) close",
                   filter: filter.caption(shown: shown.count, of: items.count), theme: theme)
            .render(into: &buffer, area: frame)
        let body = PopupGeometry.body(of: frame)
        for screenRow in 0..<body.height {
            let index = cursor.top + screenRow
            guard shown.indices.contains(index) else { break }
            let style = index == cursor.selected ? theme.selection : theme.text
            buffer.put(TextFit.padded(items[shown[index]], width: body.width), x: body.x, y: body.y + screenRow, style: style, maxWidth: body.width)
        }
    }
}
