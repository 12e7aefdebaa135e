extension ChoiceListView {
    /// The list for `M`: "a  hanif · Introduction · 12%".
    static func marks(_ list: MarkList, library: LibraryState, theme: Theme) -> ChoiceListView {
        let items = MarkList.marks(library.positions).map { "\($0.letter)  " + MarkList.describe($0.location, library: library) }
        return ChoiceListView(title: "Marks (m and a letter sets one, ' and the letter jumps)", items: items, cursor: list.cursor, theme: theme)
    }
}
