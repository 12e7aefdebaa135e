extension Theme {
    /// The reading pane's character cursor (cursor mode, a selection's moving end):
    /// black on cyan, the focused title's colours; underlined and bold in reverse on a
    /// monochrome terminal, so that it shows inside a (reversed) selection too.
    var textCursor: Style {
        isMonochrome ? Style(attributes: [.reverse, .bold, .underline]) : Style(foreground: .black, background: .cyan, attributes: .bold)
    }
}
