/// Something that draws itself into a rectangle of a screen buffer — the whole contract
/// of a view. A widget never touches the terminal and never draws outside `area`.
protocol Widget {
    func render(into buffer: inout ScreenBuffer, area: Rect)
}
