import DossierCore

/// A popup list of choices with a selection: related events (`r`) and timeline
/// filters (`f`).
public struct ChoiceListView: Widget {
    public var title: String
    public var items: [String]
    public var cursor: ListCursor
    public var theme: Theme

    public init(title: String, items: [String], cursor: ListCursor, theme: Theme) {
        self.title = title
        self.items = items
        self.cursor = cursor
        self.theme = theme
    }

    /// The list for `r`: "led-to  1965  Title".
    public static func related(_ list: RelatedList, timeline: Timeline?, theme: Theme) -> ChoiceListView {
        let title = timeline?.event(withID: list.eventID)?.title ?? list.eventID
        let items = list.items.map { item in
            TextFit.padded(item.kind, width: 15) + " " + TextFit.padded(TimelineView.yearLabel(item.event.date), width: 5) + " " + item.event.title
        }
        return ChoiceListView(title: "Related to: \(title)", items: items, cursor: list.cursor, theme: theme)
    }

    /// The list for `f`: tags, then entities, with their event counts.
    public static func filter(_ picker: FilterPicker, theme: Theme) -> ChoiceListView {
        let items = picker.options.map { option -> String in
            switch option {
            case .tag(let tag, let count): return "tag     \(tag) (\(count))"
            case .entity(_, let name, let count): return "entity  \(name) (\(count))"
            }
        }
        return ChoiceListView(title: "Filter the timeline", items: items, cursor: picker.cursor, theme: theme)
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let frame = PopupGeometry.frame(screen: area.size, contentHeight: area.height)
        PopupFrame(title: title, footer: "Enter choose · Esc close", theme: theme).render(into: &buffer, area: frame)
        let body = PopupGeometry.body(of: frame)
        for screenRow in 0..<body.height {
            let index = cursor.top + screenRow
            guard items.indices.contains(index) else { break }
            let style = index == cursor.selected ? theme.selection : theme.text
            buffer.put(TextFit.padded(items[index], width: body.width), x: body.x, y: body.y + screenRow, style: style, maxWidth: body.width)
        }
    }
}
