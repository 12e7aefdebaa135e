import DossierCore

/// The rows of the list popups as shown — the text type-to-filter matches — and those the
/// filter keeps. One place for every list popup, so they all filter alike.
enum ListPopupRows {
    /// The rows of `overlay` as labels, or nil when it is not a list popup.
    static func labels(of overlay: Overlay, state: AppState) -> [String]? {
        switch overlay {
        case .searchResults(let results): return results.hits.map(label(of:))
        case .related(let list): return ChoiceListView.related(list, timeline: state.library.timeline, theme: .monochrome).items
        case .filter(let picker): return ChoiceListView.filter(picker, notes: state.annotations.collection, theme: .monochrome).items
        case .links(let list): return ChoiceListView.links(list, navigator: LinkFollower.navigator(state), theme: .monochrome).items
        case .eventChoice(let choice): return ChoiceListView.events(choice, timeline: state.library.timeline, theme: .monochrome).items
        case .help, .footnote, .noteEditor, .eventCard, .entityPage, .notesBrowser, .marks, .sideBySide: return nil
        }
    }

    /// A search hit as its row reads: article, section and context.
    static func label(of hit: SearchHit) -> String {
        "\(hit.article) \(hit.sectionTitle) \(hit.context)"
    }

    /// The indices of the rows of `overlay` its filter keeps (empty when it is not a list popup).
    static func visible(in overlay: Overlay, state: AppState) -> [Int] {
        guard let labels = labels(of: overlay, state: state), let filter = overlay.listFilter else { return [] }
        return filter.indices(matching: labels)
    }
}

extension Overlay {
    /// The typed filter of a list popup; nil for the other popups.
    var listFilter: ListFilter? {
        switch self {
        case .searchResults(let results): return results.filter
        case .related(let list): return list.filter
        case .filter(let picker): return picker.filter
        case .links(let list): return list.filter
        case .eventChoice(let choice): return choice.filter
        case .help, .footnote, .noteEditor, .eventCard, .entityPage, .notesBrowser, .marks, .sideBySide: return nil
        }
    }

    /// The same list popup with the row at `row` of its body selected, `count` rows being
    /// shown; nil when no row is there or the popup is not a plain list (the search
    /// results' rows include headings, so they select by hit).
    func selectingRow(_ row: Int, count: Int) -> Overlay? {
        func select(_ cursor: inout ListCursor) -> Bool {
            guard let index = cursor.index(atRow: row, count: count) else { return false }
            cursor.selected = index
            return true
        }
        switch self {
        case .related(var list): return select(&list.cursor) ? .related(list) : nil
        case .filter(var picker): return select(&picker.cursor) ? .filter(picker) : nil
        case .links(var list): return select(&list.cursor) ? .links(list) : nil
        case .eventChoice(var choice): return select(&choice.cursor) ? .eventChoice(choice) : nil
        case .marks(var list): return select(&list.cursor) ? .marks(list) : nil
        case .searchResults, .help, .footnote, .noteEditor, .eventCard, .entityPage, .notesBrowser, .sideBySide: return nil
        }
    }

    /// The same list popup with `filter`, its selection back on the first row kept.
    func withListFilter(_ filter: ListFilter) -> Overlay {
        switch self {
        case .searchResults(var results):
            results.filter = filter
            results.cursor = ListCursor()
            return .searchResults(results)
        case .related(var list):
            list.filter = filter
            list.cursor = ListCursor()
            return .related(list)
        case .filter(var picker):
            picker.filter = filter
            picker.cursor = ListCursor()
            return .filter(picker)
        case .links(var list):
            list.filter = filter
            list.cursor = ListCursor()
            return .links(list)
        case .eventChoice(var choice):
            choice.filter = filter
            choice.cursor = ListCursor()
            return .eventChoice(choice)
        case .help, .footnote, .noteEditor, .eventCard, .entityPage, .notesBrowser, .marks, .sideBySide:
            return self
        }
    }
}
