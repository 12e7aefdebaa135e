/// What every pane is made of — tig's shape: the app loop, the key table and the
/// layout talk to panes only through this, and each pane's folder holds only what
/// differs. Panes are registered in ``Pane``.
protocol PaneContent {
    /// The pane's name in its title row.
    static var title: String { get }
    /// Where the pane goes on a wide screen, and which side it unfolds on a narrow one.
    static var placement: PanePlacement { get }
    /// The key contexts while the pane has focus, most specific first (global is implied).
    static func keyContexts(_ state: AppState) -> [KeyContext]
    /// A command the global keys did not take, while the pane has focus.
    static func handle(_ command: Command, state: inout AppState, effects: inout [Effect])
    /// Keeps the pane's positions valid after every event (scroll, cursor clamping).
    /// Panes are normalised in ``Pane`` order, so a pane may rely on those before it.
    static func normalize(_ state: inout AppState)
    /// The mouse wheel over the pane: `delta` rows, negative upwards.
    static func wheel(_ delta: Int, state: inout AppState)
    /// A click (or a double click) at `point`, inside the pane's `body`.
    static func click(at point: Point, body: Rect, double: Bool, state: inout AppState, effects: inout [Effect])
    /// The part of the pane's body its scrolling list takes (paging moves by its height).
    static func listArea(of body: Rect) -> Rect
    /// The title row's detail (an article's title, a count).
    static func titleDetail(_ state: AppState) -> String?
    /// The view of the pane below its title row (``PaneFrame`` draws the title).
    static func bodyView(_ state: AppState, theme: Theme) -> any Widget
}

extension PaneContent {
    static func listArea(of body: Rect) -> Rect { body }
}

/// Where a pane goes: the left column, the centre, or stacked in the right column
/// (taking `share` parts of its height).
enum PanePlacement: Hashable, Sendable {
    case left
    case centre
    case right(share: Int)
}
